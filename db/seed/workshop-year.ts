// The workshop's demo year as data: who asked, what became of it and what the SMEs answered.
import type { IntakeRoute, IntakeStage } from "../schema/enums";
import type { DemoEvaluation } from "./workshop-evaluations";
import type { Sme } from "./workshop-people";

/** Believable Dordtse askers; the stage each file reached, and by which route. */
export const BOARD_SMES: (Sme & { stage: IntakeStage; route: IntakeRoute | null })[] = [
  {
    organisation: "Kapsalon Knip & Co",
    contact: "Yvonne Peters",
    sector: "Persoonlijke verzorging",
    size: "2-10",
    themes: ["ecommerce"],
    question: "Klanten bellen nog voor elke afspraak. Kan online boeken zonder dure software?",
    stage: "intake",
    route: null,
  },
  {
    organisation: "Stichting Dordtse Voedselbank",
    contact: "Henk de Groot",
    sector: "Welzijn",
    size: "foundation",
    themes: ["data"],
    question: "We houden voorraad bij in drie Excel-bestanden. Hoe maken we daar één overzicht van?",
    stage: "articulation",
    route: null,
  },
  {
    organisation: "Drukkerij Merwede",
    contact: "Ilse Verhoeven",
    sector: "Grafisch",
    size: "10-50",
    themes: ["cyber_security"],
    question: "Na een phishingmail willen we weten hoe kwetsbaar we zijn.",
    stage: "matched",
    route: "spreekuur",
  },
  {
    organisation: "Fietsenmaker Spaak",
    contact: "Ruud Spaak",
    sector: "Detailhandel",
    size: "zzp",
    themes: ["ecommerce", "automation"],
    question: "Reparaties plannen kost me elke dag een uur aan de telefoon.",
    stage: "closed",
    route: "market_referral",
  },
];

export const CHALLENGE_SMES: Sme[] = [
  {
    organisation: "Rederij Drechtsteden",
    contact: "Kees Bosman",
    sector: "Vervoer",
    size: "50-250",
    themes: ["data", "energy_transition"],
    question: "Onze veerboten varen op vaste tijden, ook als er niemand wacht. Kan het slimmer met data?",
  },
  {
    organisation: "Kringloop De Noordhoek",
    contact: "Fenna Smits",
    sector: "Circulaire economie",
    size: "foundation",
    themes: ["circular_economy", "ecommerce"],
    question: "Hoe verkopen we onze mooiste spullen ook online, zonder veel extra werk?",
  },
  {
    organisation: "Groenteboer Verhage",
    contact: "Ans Verhage",
    sector: "Detailhandel",
    size: "2-10",
    themes: ["circular_economy"],
    question: "We gooien elke week kratten groente weg. Hoe voorspellen we beter wat er verkocht wordt?",
  },
  {
    organisation: "Binnenstadsmanagement Dordrecht",
    contact: "Arjen Vos",
    sector: "Overheid en vereniging",
    size: "2-10",
    themes: ["data"],
    question: "Hoeveel bezoekers komen er per straat, en wat doen etalages daaraan?",
  },
];

/** A trajectory of the year: its SME, its team (indexes into STUDENTS) and, when delivered, the SME's answers. */
export type YearTrajectory = {
  sme: Sme;
  /** Months before today the period ended (delivered), or null for work still under way. */
  deliveredMonthsAgo: number | null;
  team: number[];
  evaluation?: DemoEvaluation;
};

const sme = (organisation: string, contact: string, sector: string, size: Sme["size"], themes: string[], question: string): Sme => ({
  organisation,
  contact,
  sector,
  size,
  themes,
  question,
});

/**
 * Ten trajectories delivered over the past year. The SMEs' answers average what the national
 * Digitale Werkplaatsen report (a 7.1, 80 % would recommend, 85 % took follow-up steps): ten
 * ratings summing to 71, two who would not recommend, and of the seven asked three months on,
 * one who did nothing yet. The last three were delivered too recently to be asked.
 */
export const DELIVERED: YearTrajectory[] = [
  {
    sme: sme(
      "Schildersbedrijf Dordtse Kleur",
      "Ilse de Bruin",
      "Bouw",
      "10-50",
      ["automation"],
      "Kunnen offertes sneller dan met de hand in Word?",
    ),
    deliveredMonthsAgo: 11,
    team: [0, 2],
    evaluation: { rating: 7, recommend: true, planned: ["implemented_advice", "followed_training"], taken: ["implemented_advice"] },
  },
  {
    sme: sme(
      "Bloemisterij Het Wantij",
      "Yasmina Bouzid",
      "Detailhandel",
      "zzp",
      ["ecommerce"],
      "Hoe laten we klanten zelf online een boeket bestellen?",
    ),
    deliveredMonthsAgo: 10,
    team: [1, 5],
    evaluation: { rating: 6, recommend: false, planned: ["hired_market_party"], taken: ["nothing_yet"] },
  },
  {
    sme: sme(
      "Autobedrijf De Zeedijk",
      "Kees Verhoef",
      "Mobiliteit",
      "2-10",
      ["data", "ecommerce"],
      "Welke onderdelen moeten we op voorraad hebben?",
    ),
    deliveredMonthsAgo: 9,
    team: [3, 4],
    evaluation: { rating: 8, recommend: true, planned: ["implemented_advice"], taken: ["implemented_advice", "hired_market_party"] },
  },
  {
    sme: sme(
      "Administratiekantoor Van der Linden",
      "Gert van der Linden",
      "Zakelijke dienstverlening",
      "10-50",
      ["cyber_security", "data"],
      "Klanten mailen ons loonstroken en paspoorten. Hoe doen we dat veilig?",
    ),
    deliveredMonthsAgo: 8,
    team: [6, 8],
    evaluation: { rating: 7, recommend: true, planned: ["followed_training"], taken: ["followed_training"] },
  },
  {
    sme: sme(
      "Slagerij Kooijman",
      "Wim Kooijman",
      "Voeding",
      "2-10",
      ["ecommerce"],
      "Kunnen klanten hun vleespakket voor de barbecue online bestellen?",
    ),
    deliveredMonthsAgo: 7,
    team: [0, 7, 3],
    evaluation: { rating: 8, recommend: true, planned: ["implemented_advice"], taken: ["implemented_advice"] },
  },
  {
    sme: sme(
      "Stichting Buurtwerk Crabbehof",
      "Samira Haddou",
      "Welzijn",
      "foundation",
      ["data"],
      "Hoe laten we de gemeente zien wat onze activiteiten voor de wijk opleveren?",
    ),
    deliveredMonthsAgo: 6,
    team: [2, 9],
    evaluation: { rating: 7, recommend: true, planned: ["implemented_advice"], taken: ["implemented_advice"] },
  },
  {
    sme: sme(
      "Jachtwerf De Kil",
      "Bart Stam",
      "Scheepsbouw",
      "10-50",
      ["energy_transition", "data"],
      "Wat kost elektrisch varen onze klanten echt, en hoe rekenen we dat voor?",
    ),
    deliveredMonthsAgo: 5,
    team: [4, 6],
    evaluation: { rating: 6, recommend: false, planned: ["hired_market_party"], taken: ["hired_market_party"] },
  },
  {
    sme: sme(
      "Hoveniersbedrijf Groen Dordt",
      "Erik Groen",
      "Groen",
      "zzp",
      ["circular_economy", "ecommerce"],
      "Hoe verkopen we snoeihout en compost terug aan onze klanten?",
    ),
    deliveredMonthsAgo: 3,
    team: [0, 9],
    evaluation: { rating: 7, recommend: true, planned: ["implemented_advice", "followed_training"], taken: null },
  },
  {
    sme: sme(
      "Koffiebranderij Dordt",
      "Sander Lim",
      "Voeding",
      "2-10",
      ["ecommerce"],
      "Onze abonnementen lopen via mail en Excel. Kan dat automatisch?",
    ),
    deliveredMonthsAgo: 3,
    team: [2, 4, 5],
    // Its follow-up falls due about now: the maintenance job asks it.
    evaluation: { rating: 8, recommend: true, planned: ["implemented_advice"], taken: null },
  },
  {
    sme: sme(
      "Tegelhandel Sterrenburg",
      "Monique Dekker",
      "Groothandel",
      "2-10",
      ["automation", "ecommerce"],
      "Onze voorraad staat in het kassasysteem, de webshop weet daar niets van.",
    ),
    deliveredMonthsAgo: 2,
    team: [7, 8, 3],
    evaluation: { rating: 7, recommend: true, planned: ["hired_market_party"], taken: null },
  },
];

/** The work under way: a team forming for next month and two at work. */
export const UNDER_WAY: YearTrajectory[] = [
  {
    sme: sme(
      "Bouwbedrijf Van Wijk",
      "Marco van Wijk",
      "Bouw",
      "10-50",
      ["automation"],
      "Hoe zetten we werkbonnen van papier naar de tablet?",
    ),
    deliveredMonthsAgo: null,
    team: [3, 4],
  },
  {
    sme: sme(
      "Zorgboerderij De Biesbosch",
      "Marloes Kok",
      "Zorg",
      "foundation",
      ["data", "cyber_security"],
      "Hoe bewaren we cliëntgegevens veilig en toch makkelijk bij de hand?",
    ),
    deliveredMonthsAgo: null,
    team: [0, 1, 3],
  },
  {
    sme: sme(
      "Kinderopvang Het Kompas",
      "Lieke Vermeulen",
      "Kinderopvang",
      "10-50",
      ["cyber_security"],
      "Ouders willen foto's van hun kind zien. Hoe delen we die zonder risico?",
    ),
    deliveredMonthsAgo: null,
    team: [5, 7, 9],
  },
];
