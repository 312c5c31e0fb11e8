/**
 * Raw material for the DOC Dordrecht demo: businesses of the Drechtsteden and the people in them.
 * The generator in memberships.ts combines these deterministically.
 */

/** [name, email domain, street, town, expertise tags, headline]. */
export const demoCompanies: [string, string, string, string, string[], string][] = [
  ["Studio Noord", "studio-noord.nl", "Voorstraat 212", "Dordrecht", ["ux-design", "webdevelopment"], "Websites en apps die mensen snappen"],
  ["Bitwerk", "bitwerk.nl", "Spuiboulevard 90", "Dordrecht", ["cyber security", "data"], "IT-beveiliging voor het mkb"],
  ["Merwe Media", "merwemedia.nl", "Wijnstraat 44", "Dordrecht", ["online marketing", "e-commerce"], "Online campagnes voor lokale ondernemers"],
  ["Drechtstad Data", "drechtstaddata.nl", "Johan de Wittstraat 12", "Dordrecht", ["data", "ai"], "Dashboards en datagedreven werken"],
  ["Groen Rendement", "groenrendement.nl", "Noordendijk 148", "Dordrecht", ["energietransitie", "circulaire economie"], "Duurzaamheidsadvies voor bedrijven"],
  ["Kade 7 Fotografie", "kade7.nl", "Kuipershaven 7", "Dordrecht", ["fotografie", "online marketing"], "Bedrijfsfotografie en beeldbanken"],
  ["Lingewerk Vertalingen", "lingewerk.nl", "Steegoversloot 31", "Dordrecht", ["vertalen", "copywriting"], "Vertalingen Nederlands, Engels en Duits"],
  ["Biesbosch Boekhouding", "biesboschboekhouding.nl", "Merwedestraat 60", "Dordrecht", ["administratie", "automatisering"], "Boekhouding en automatische administratie"],
  ["Havenlicht Design", "havenlicht.nl", "Lange Geldersekade 5", "Dordrecht", ["grafisch ontwerp", "branding"], "Huisstijlen en verpakkingen"],
  ["Stadswerf Robotica", "stadswerfrobotica.nl", "Maasstraat 17", "Dordrecht", ["automatisering", "ai"], "Procesautomatisering met robots en RPA"],
  ["Zwijndrecht Webshops", "zwijndrechtwebshops.nl", "Burgemeester Jansenlaan 11", "Zwijndrecht", ["e-commerce", "webdevelopment"], "Webshops voor de retail"],
  ["De Groote Lijst", "degrootelijst.nl", "Groenmarkt 24", "Dordrecht", ["events", "online marketing"], "Evenementen en communicatie"],
  ["Papendrecht Projecten", "papendrechtprojecten.nl", "Veerweg 3", "Papendrecht", ["projectmanagement"], "Projectleiding voor bouw en installatie"],
  ["Cloudkade", "cloudkade.nl", "Wolwevershaven 28", "Dordrecht", ["cloud", "automatisering"], "Cloudmigraties voor kleine bedrijven"],
  ["Vrije Vogel Coaching", "vrijevogelcoaching.nl", "Visstraat 9", "Dordrecht", ["coaching", "hr"], "Loopbaancoaching voor starters"],
  ["Sliedrecht Solar", "sliedrechtsolar.nl", "Stationsweg 80", "Sliedrecht", ["energietransitie"], "Zonnepanelen voor bedrijfsdaken"],
  ["Code & Klei", "codeenklei.nl", "Nieuwstraat 51", "Dordrecht", ["webdevelopment", "onderwijs"], "Programmeerlessen voor kinderen"],
  ["Oude Haven Advocatuur", "oudehavenadvocatuur.nl", "Houttuinen 15", "Dordrecht", ["juridisch", "privacy"], "Ondernemingsrecht en AVG"],
  ["Merwelanden Media", "merwelanden.nl", "Admiraal de Ruyterweg 4", "Dordrecht", ["video", "online marketing"], "Bedrijfsfilms en social video"],
  ["Tweede Kans Textiel", "tweedekanstextiel.nl", "Singel 300", "Dordrecht", ["circulaire economie", "e-commerce"], "Tweedehands bedrijfskleding"],
  ["Datadijk", "datadijk.nl", "Dubbeldamseweg 200", "Dordrecht", ["data", "cyber security"], "Databeheer en back-ups"],
  ["Rivierland Reclame", "rivierlandreclame.nl", "Vriesestraat 66", "Dordrecht", ["branding", "online marketing"], "Reclame en signing"],
  ["Klik Klaar", "klikklaar.nl", "Bagijnhof 3", "Dordrecht", ["automatisering", "administratie"], "Office-automatisering en trainingen"],
  ["Stadsbakker Online", "stadsbakkeronline.nl", "Voorstraat 385", "Dordrecht", ["e-commerce"], "Bestelplatform voor bakkerijen"],
  ["Waterweg Engineering", "waterwegengineering.nl", "Zeehavenweg 12", "Dordrecht", ["engineering", "data"], "Meet- en regeltechniek"],
  ["Helder Copy", "heldercopy.nl", "Kromhout 88", "Dordrecht", ["copywriting", "online marketing"], "Teksten die verkopen"],
  ["Pixelpolder", "pixelpolder.nl", "Reeweg 40", "Dordrecht", ["ux-design", "grafisch ontwerp"], "Interfaceontwerp"],
  ["Noordendijk Legal", "noordendijklegal.nl", "Noordendijk 250", "Dordrecht", ["juridisch"], "Contracten voor ondernemers"],
  ["Eiland Energie", "eilandenergie.nl", "Baanhoekweg 22", "Dordrecht", ["energietransitie", "data"], "Energiebesparing in beeld"],
  ["Slim Schoon", "slimschoon.nl", "Laan der Verenigde Naties 100", "Dordrecht", ["circulaire economie"], "Duurzame schoonmaak"],
  ["Veilig Verbonden", "veiligverbonden.nl", "Vest 127", "Dordrecht", ["cyber security"], "Phishingtrainingen"],
  ["Drechtsteden Drukwerk", "drechtstedendrukwerk.nl", "Mijlweg 77", "Dordrecht", ["grafisch ontwerp"], "Drukwerk en afwerking"],
  ["AppAtelier", "appatelier.nl", "Varkenmarkt 14", "Dordrecht", ["webdevelopment", "ux-design"], "Apps voor zorg en welzijn"],
  ["Kleine Kade Consultancy", "kleinekade.nl", "Kleine Spuistraat 2", "Dordrecht", ["projectmanagement", "hr"], "Verandermanagement"],
  ["Hoeksche Honing", "hoekschehoning.nl", "Molenstraat 8", "Zwijndrecht", ["e-commerce"], "Streekproducten online"],
  ["Scherp Beeld", "scherpbeeld.nl", "Blauwpoortsplein 1", "Dordrecht", ["video", "fotografie"], "Drone- en productfotografie"],
  ["Open Boek Analytics", "openboekanalytics.nl", "Statenplein 20", "Dordrecht", ["data", "ai"], "Voorspellende analyses"],
  ["Kruispunt IT", "kruispuntit.nl", "Krispijnseweg 50", "Dordrecht", ["automatisering", "cloud"], "Systeembeheer op afstand"],
  ["Duurzaam Dak", "duurzaamdak.nl", "Sterrenburgweg 9", "Dordrecht", ["energietransitie", "engineering"], "Groene daken en isolatie"],
  ["Wijk & Web", "wijkenweb.nl", "Vrieseplein 6", "Dordrecht", ["webdevelopment", "online marketing"], "Websites voor verenigingen"],
];

export const firstNames = [
  "Sanne", "Daan", "Lotte", "Mohamed", "Emma", "Bram", "Fenna", "Youssef", "Iris", "Thijs", "Noa", "Ruben", "Julia", "Sem", "Anouk",
  "Tim", "Esra", "Jesse", "Lieke", "Milan", "Fleur", "Stijn", "Yara", "Luuk", "Sophie", "Kevin", "Mirjam", "Ahmet", "Roos", "Bas",
  "Nina", "Jasper", "Sara", "Wouter", "Demi", "Hamza", "Maud", "Koen", "Eline", "Niels", "Ilse", "Rik", "Zoë", "Joost", "Laura",
  "Arjen", "Hanna", "Tom", "Femke", "Vincent", "Priya", "Gijs", "Marloes", "Omar", "Charlotte", "Pim", "Linda", "Dirk", "Amira", "Erik",
  "Nadia", "Martijn", "Kim", "Hugo",
];

export const lastNames = [
  "Visser", "Jansen", "de Boer", "El Idrissi", "Bakker", "van Dijk", "Smit", "Yilmaz", "de Graaf", "Mulder", "Kok", "Vermeulen", "de Wit",
  "Bos", "van der Linden", "Hendriks", "Kaya", "Dekker", "Peters", "van Leeuwen", "Brouwer", "de Vries", "Willems", "van den Berg",
  "Koster", "Maas", "Verhoeven", "Aydin", "Prins", "Postma", "Kuipers", "Veenstra", "Bouali", "Schouten", "Hoekstra", "van Wijk",
  "Sarmo", "Meijer", "de Haan", "Vos", "Blom", "Huisman", "van Vliet", "Timmermans", "Groen", "Scholten", "Koopman", "Driessen",
  "Chaouch", "Lammers", "van Rooij", "Wolters", "Kramer", "Bosman", "Ramdin", "van Beek", "Zijlstra", "Roelofs", "Haddou", "Jacobs",
  "de Jong", "Bosch", "Evers", "Dijkstra",
];

export const bios = [
  "Startte na tien jaar in loondienst voor zichzelf en werkt het liefst tussen andere ondernemers.",
  "Helpt bedrijven in de Drechtsteden met de stap naar digitaal werken.",
  "Werkt vanuit Dordrecht voor klanten in heel Zuid-Holland.",
  "Denkt graag mee met studenten over echte vraagstukken van ondernemers.",
  "Combineert techniek met een praktische, nuchtere aanpak.",
  "Houdt van korte lijnen en koffie aan de lange tafel.",
];
