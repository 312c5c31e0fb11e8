import type { plans } from "../schema";
import type { PlanKind } from "../schema/enums";
import type { Tx } from "../../app/utils/db.server";
import { makeArea, makeDesk, makePlan } from "../membership-factories";

/** The demo's floors and desks: 3 areas with 20 flex spots and 24 desks. */
export async function insertSpace(tx: Tx, werkplaatsId: string) {
  const flexzone = await makeArea(
    werkplaatsId,
    {
      name: "Flexzone begane grond",
      description: "Open werkruimte naast de koffiebar, met lange tafels en belhokjes.",
      flexCapacity: 12,
      sortOrder: 1,
    },
    tx,
  );
  const first = await makeArea(
    werkplaatsId,
    {
      name: "Eerste verdieping",
      description: "Stillere werkvloer met vaste plekken en een flexhoek bij de ramen.",
      flexCapacity: 8,
      sortOrder: 2,
    },
    tx,
  );
  const second = await makeArea(
    werkplaatsId,
    {
      name: "Kantoren tweede verdieping",
      description: "Afsluitbare kantoren en vaste plekken aan de Merwedekant.",
      flexCapacity: 0,
      sortOrder: 3,
    },
    tx,
  );
  const deskRows = [
    ...Array.from({ length: 16 }, (_, i) => ({
      areaId: first!.id,
      label: `1.${String(i + 1).padStart(2, "0")}`,
      note: i < 4 ? "Aan het raam" : "",
    })),
    ...Array.from({ length: 4 }, (_, i) => ({
      areaId: second!.id,
      label: `2.0${i + 1}`,
      kind: "office" as const,
      note: "Kantoor voor 2–3 personen",
    })),
    ...Array.from({ length: 4 }, (_, i) => ({ areaId: second!.id, label: `2.0${i + 5}`, note: "" })),
  ];
  const deskList: Awaited<ReturnType<typeof makeDesk>>[] = [];
  for (const { areaId, ...desk } of deskRows) deskList.push(await makeDesk(werkplaatsId, areaId, desk, tx));
  return { areas: { flexzone: flexzone!, first: first!, second: second! }, desks: new Map(deskList.map((d) => [d.label, d.id])) };
}

/** The demo plans: 6 public, a hidden one for a programme and an archived old rate. */
export async function insertPlans(tx: Tx, werkplaatsId: string) {
  const planRows: (Omit<typeof plans.$inferInsert, "werkplaatsId" | "kind"> & { kind: PlanKind })[] = [
    {
      sortOrder: 1,
      kind: "flex",
      nameNl: "Flexplek",
      nameEn: "Hot desk",
      priceCents: 17500,
      includedRoomMinutes: 240,
      minimumTermMonths: 1,
      noticePeriodMonths: 1,
      descriptionNl: "Elke werkdag een plek in de flexzone of op de eerste verdieping, met koffie, wifi en een postvak.",
      descriptionEn: "A desk in the flex zone or on the first floor every working day, with coffee, wifi and a mailbox.",
    },
    {
      sortOrder: 2,
      kind: "fixed",
      nameNl: "Vaste werkplek",
      nameEn: "Fixed desk",
      priceCents: 27500,
      includedRoomMinutes: 480,
      minimumTermMonths: 3,
      noticePeriodMonths: 1,
      depositCents: 27500,
      descriptionNl: "Je eigen bureau met ladeblok en beeldscherm, 24/7 toegang met je eigen pas.",
      descriptionEn: "Your own desk with drawers and a monitor, 24/7 access with your own pass.",
    },
    {
      sortOrder: 3,
      kind: "office",
      nameNl: "Besloten kantoor",
      nameEn: "Private office",
      priceCents: 65000,
      includedRoomMinutes: 960,
      minimumTermMonths: 6,
      noticePeriodMonths: 2,
      depositCents: 65000,
      descriptionNl: "Een afsluitbaar kantoor voor 2 tot 3 personen op de tweede verdieping.",
      descriptionEn: "A lockable office for 2 to 3 people on the second floor.",
    },
    {
      sortOrder: 4,
      kind: "virtual",
      nameNl: "Virtueel kantoor",
      nameEn: "Virtual office",
      priceCents: 6500,
      includedRoomMinutes: 60,
      minimumTermMonths: 3,
      noticePeriodMonths: 1,
      descriptionNl: "Een zakelijk adres aan de Noordendijk voor je KvK-inschrijving, met postverwerking.",
      descriptionEn: "A business address on the Noordendijk for your KvK registration, with mail handling.",
    },
    {
      sortOrder: 5,
      kind: "strippenkaart",
      nameNl: "Strippenkaart 10 dagen",
      nameEn: "10-day card",
      priceCents: 19000,
      includedRoomMinutes: 120,
      stripDays: 10,
      stripValidityMonths: 3,
      descriptionNl: "Tien dagen een flexplek, te gebruiken binnen drie maanden. Ideaal als je niet elke week komt.",
      descriptionEn: "Ten days of hot desking, to be used within three months. Ideal if you do not come every week.",
    },
    {
      sortOrder: 6,
      kind: "day_pass",
      nameNl: "Dagpas",
      nameEn: "Day pass",
      priceCents: 2500,
      descriptionNl: "Een dag meewerken tussen de ondernemers van DOC, koffie en thee inbegrepen.",
      descriptionEn: "A day of working among the entrepreneurs of DOC, coffee and tea included.",
    },
    {
      sortOrder: 7,
      kind: "flex",
      isPublic: false,
      nameNl: "Flexplek 2 dagen",
      nameEn: "Hot desk 2 days",
      priceCents: 9500,
      includedRoomMinutes: 120,
      accessDaysPerWeek: 2,
      minimumTermMonths: 1,
      noticePeriodMonths: 1,
      descriptionNl: "Twee dagen per week een flexplek; aangeboden aan deelnemers van het startersprogramma.",
      descriptionEn: "A hot desk two days a week; offered to participants of the starters programme.",
    },
    {
      sortOrder: 8,
      kind: "flex",
      isPublic: false,
      archivedAt: new Date(),
      nameNl: "Flexplek (tarief 2025)",
      nameEn: "Hot desk (2025 rate)",
      priceCents: 16000,
      includedRoomMinutes: 240,
      minimumTermMonths: 1,
      noticePeriodMonths: 1,
    },
  ];
  const rows: Awaited<ReturnType<typeof makePlan>>[] = [];
  for (const { kind, ...plan } of planRows) rows.push(await makePlan(werkplaatsId, kind, plan, tx));
  const by = (name: string) => rows.find((p) => p.nameNl === name)!;
  return {
    flex: by("Flexplek"),
    fixed: by("Vaste werkplek"),
    office: by("Besloten kantoor"),
    virtual: by("Virtueel kantoor"),
    strip: by("Strippenkaart 10 dagen"),
    dayPass: by("Dagpas"),
    flex2: by("Flexplek 2 dagen"),
    oldFlex: by("Flexplek (tarief 2025)"),
  };
}
export type SeedPlans = Awaited<ReturnType<typeof insertPlans>>;
export type SeedSpace = Awaited<ReturnType<typeof insertSpace>>;
