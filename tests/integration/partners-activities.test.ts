import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agreementActivities, events, registrations } from "#db/schema";
import { makeBillingSettings } from "#db/billing-factories";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeAgreement, makePartner } from "#db/partner-factories";
import {
  activitiesOfAgreements,
  agreementsOfPartner,
  linkActivity,
  supportersOfEvent,
  unlinkActivity,
} from "~/modules/partners/index.server";
import * as partnerPage from "~/routes/admin.partners.$partnerId";
import * as eventPage from "~/routes/events.$eventId";
import { db } from "~/utils/db.server";
import { isDomainError } from "~/utils/errors";
import { formPost, outcome, routeArgs } from "../support/route-harness";

/**
 * A partner's agreement names the activities it supports and what the partner gets there; the
 * public event page names the supporter. Only activities and agreements of one werkplaats meet,
 * in the code and in the database.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";

async function rows<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

const statusOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return 200;
  } catch (error) {
    if (isDomainError(error)) return error.status;
    throw error;
  }
};

let w: Awaited<ReturnType<typeof makeWerkplaats>>;
let other: Awaited<ReturnType<typeof makeWerkplaats>>;
const event = async (werkplaatsId: string, title: string, kind = "hackathon", status = "published") => {
  const [row] = await db
    .insert(events)
    .values({
      werkplaatsId,
      kind,
      titleNl: title,
      startsAt: new Date("2026-10-02T07:00:00Z"),
      endsAt: new Date("2026-10-02T15:00:00Z"),
      capacity: 40,
      status,
    })
    .returning();
  return row!;
};

beforeAll(async () => {
  w = await makeWerkplaats({ name: "DOC Steun" });
  other = await makeWerkplaats({ name: "Elders" });
  await makeBillingSettings(w.id);
});

describe(`activities an agreement supports, on ${server}`, () => {
  it("links an activity with what the partner gets, counts its reach, and the event page names the partner", async () => {
    const bank = await makePartner(w.id, { name: "Rabobank Drechtsteden", website: "https://rabobank.example" });
    const agreement = await makeAgreement(w.id, bank.id, { title: "Hackathonpartner" });
    const hackathon = await event(w.id, "Hackathon Circulair");
    await db.insert(registrations).values(
      ["a@x.nl", "b@x.nl", "c@x.nl"].map((email, i) => ({
        werkplaatsId: w.id,
        eventId: hackathon.id,
        name: email,
        email,
        status: i < 2 ? "registered" : "waitlisted",
        token: `steun-${email}`,
        checkinCode: `steun-${email}`,
      })),
    );
    await linkActivity(w.id, bank.id, { intent: "linkActivity", agreementId: agreement.id, eventId: hackathon.id, role: "supported" });
    // Linking again changes what the partner gets, not the number of links.
    await linkActivity(w.id, bank.id, { intent: "linkActivity", agreementId: agreement.id, eventId: hackathon.id, role: "jury_seat" });
    const [activity, ...more] = await activitiesOfAgreements(w.id, [agreement.id]);
    expect(more).toEqual([]);
    const [reach] = await rows<{ n: number }>(
      sql`select count(*)::int as n from registrations where event_id = ${hackathon.id} and status = 'registered'`,
    );
    expect(activity).toMatchObject({ eventId: hackathon.id, role: "jury_seat", startsOn: "2026-10-02", reach: reach!.n });
    expect(reach!.n).toBe(2);
    const [onPage] = await agreementsOfPartner(w.id, bank.id);
    expect(onPage!.activities.map((a) => a.eventId)).toEqual([hackathon.id]);
    expect(await supportersOfEvent(w.id, hackathon.id)).toEqual([
      { id: bank.id, name: "Rabobank Drechtsteden", website: "https://rabobank.example", role: "jury_seat" },
    ]);
    const guest = await outcome(() =>
      eventPage.loader(
        routeArgs(`/events/${hackathon.id}`, { user: null, roles: [], werkplaats: w }, { params: { eventId: hackathon.id } }),
      ),
    );
    expect((guest.body as { supporters: { name: string }[] }).supporters.map((s) => s.name)).toEqual(["Rabobank Drechtsteden"]);
    // An unpublished partner is not named in public.
    const quiet = await makePartner(w.id, { name: "Stille Gever", published: false });
    const quietAgreement = await makeAgreement(w.id, quiet.id);
    await linkActivity(w.id, quiet.id, {
      intent: "linkActivity",
      agreementId: quietAgreement.id,
      eventId: hackathon.id,
      role: "room_lent",
    });
    expect((await supportersOfEvent(w.id, hackathon.id)).map((s) => s.name)).toEqual(["Rabobank Drechtsteden"]);
    await unlinkActivity(w.id, bank.id, { intent: "unlinkActivity", agreementId: agreement.id, eventId: hackathon.id });
    expect(await activitiesOfAgreements(w.id, [agreement.id])).toEqual([]);
  });

  it("the manager links through the partner page; another werkplaats's event or another partner's agreement is 404, bad input 400", async () => {
    const manager = await makePerson(w.id, ["manager"]);
    const firm = await makePartner(w.id, { name: "ICT Dordt" });
    const rival = await makePartner(w.id, { name: "Andere Partner" });
    const agreement = await makeAgreement(w.id, firm.id, { title: "Masterclasses" });
    const rivalAgreement = await makeAgreement(w.id, rival.id);
    const masterclass = await event(w.id, "Masterclass Data", "masterclass");
    const elsewhere = await event(other.id, "Elders", "talk");
    const post = (form: Record<string, string>, partnerId = firm.id) =>
      outcome(() =>
        partnerPage.action(
          routeArgs(`/admin/partners/${partnerId}`, { user: manager, roles: ["manager"], werkplaats: w }, formPost(form, { partnerId })),
        ),
      );
    const link = { intent: "linkActivity", agreementId: agreement.id, eventId: masterclass.id, role: "named_event" };
    expect((await post(link)).status).toBe(200);
    expect((await post({ ...link, eventId: elsewhere.id })).status).toBe(404);
    expect((await post({ ...link, agreementId: rivalAgreement.id })).status).toBe(404);
    expect((await post({ ...link, role: "owner" })).status).toBe(400);
    expect((await post({ ...link, eventId: "not-an-id" })).status).toBe(400);
    const linked = await rows<{ event_id: string; role: string }>(
      sql`select event_id, role from agreement_activities where agreement_id = ${agreement.id}`,
    );
    expect(linked).toEqual([{ event_id: masterclass.id, role: "named_event" }]);
    const page = await outcome(() =>
      partnerPage.loader(
        routeArgs(`/admin/partners/${firm.id}`, { user: manager, roles: ["manager"], werkplaats: w }, { params: { partnerId: firm.id } }),
      ),
    );
    const body = page.body as { agreements: { activities: { eventId: string }[] }[]; activityOptions: { id: string }[] };
    expect(body.agreements[0]!.activities.map((a) => a.eventId)).toEqual([masterclass.id]);
    // The options are this werkplaats's activities only.
    expect(body.activityOptions.map((o) => o.id)).toContain(masterclass.id);
    expect(body.activityOptions.map((o) => o.id)).not.toContain(elsewhere.id);
  });

  it("refuses in the database a link between an agreement and another werkplaats's activity", async () => {
    const partner = await makePartner(w.id, { name: "Gemeente Dordrecht", kind: "municipality" });
    const agreement = await makeAgreement(w.id, partner.id);
    const elsewhere = await event(other.id, "Elders 2", "talk");
    const insert = (werkplaatsId: string) =>
      statusOf(
        db
          .insert(agreementActivities)
          .values({ werkplaatsId, agreementId: agreement.id, eventId: elsewhere.id, role: "supported" })
          .then(() => undefined),
      ).catch((error: { cause?: { code?: string }; code?: string }) => error.cause?.code ?? error.code);
    expect(await insert(w.id)).toBe("23503");
    expect(await insert(other.id)).toBe("23503");
    expect(
      await statusOf(
        linkActivity(w.id, partner.id, { intent: "linkActivity", agreementId: agreement.id, eventId: elsewhere.id, role: "supported" }),
      ),
    ).toBe(404);
  });
});
