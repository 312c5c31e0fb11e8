import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { companies, memberships, plans as plansTable } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makeCompany, makeMembership, makePlan } from "#db/membership-factories";
import type { Role } from "~/modules/auth/roles";
import type { RequestContext } from "~/server/context";
import { addDays } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import * as adminDesks from "~/routes/admin.desks";
import * as adminFloor from "~/routes/admin.floor";
import * as adminMembersCsv from "~/routes/admin.members[.]csv";
import * as adminMembership from "~/routes/admin.memberships.$membershipId";
import * as adminMemberships from "~/routes/admin.memberships._index";
import * as adminMembershipsCsv from "~/routes/admin.memberships[.]csv";
import * as adminOccupancy from "~/routes/admin.occupancy";
import * as adminOpeningDays from "~/routes/admin.opening-days";
import * as adminOccupancyJson from "~/routes/admin.occupancy[.]json";
import * as adminPlan from "~/routes/admin.plans.$planId";
import * as adminPlans from "~/routes/admin.plans._index";
import * as adminPlanNew from "~/routes/admin.plans.new";
import * as adminReports from "~/routes/admin.reports";
import * as checkin from "~/routes/checkin";
import * as company from "~/routes/company._index";
import * as daypass from "~/routes/daypass";
import * as directory from "~/routes/directory._index";
import * as directoryProfile from "~/routes/directory.profile";
import * as apply from "~/routes/membership.apply";
import * as myMembership from "~/routes/membership.$membershipId";
import * as myMemberships from "~/routes/membership._index";
import * as publicPlans from "~/routes/plans._index";
import * as reception from "~/routes/reception";
import * as reservations from "~/routes/reservations";
import { formPost, outcome, requestContext, routeArgs, type Visitor } from "../support/route-harness";

type Who = "guest" | "none" | Role;
type RouteArgs = { request: Request; params: Record<string, string>; context: RequestContext };
type Handler = (args: RouteArgs) => unknown;

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const people = {} as Record<Exclude<Who, "guest">, { id: string; email: string; name: string }>;
let pendingId: string;
let memberMembershipId: string;
let planId: string;
const today = todayIn();

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  for (const who of ["none", "member", "staff", "manager", "student", "teacher", "partner"] as const) {
    people[who] = who === "none" ? await makeUser() : await makePerson(werkplaats.id, [who]);
  }
  const flex = await makePlan(werkplaats.id, "flex");
  planId = flex.id;
  await makeArea(werkplaats.id, { name: "Flexzone", flexCapacity: 5 });
  memberMembershipId = (await makeMembership(werkplaats.id, people.member.id, flex.id, { startDate: addDays(today, -30) })).id;
  pendingId = (await makeMembership(werkplaats.id, (await makeUser()).id, flex.id, { startDate: addDays(today, 3), status: "pending" })).id;
});

/** One of the people above, or a guest, as a visitor of the werkplaats. */
function visitor(who: Who): Visitor {
  return { user: who === "guest" ? null : people[who], roles: who === "guest" || who === "none" ? [] : [who], werkplaats };
}

async function get(handler: Handler, who: Who, path: string, params: Record<string, string> = {}) {
  return (await outcome(() => handler(routeArgs(path, visitor(who), { params })))).status;
}

async function post(handler: Handler, who: Who, path: string, form: Record<string, string>, params: Record<string, string> = {}) {
  return (await outcome(() => handler(routeArgs(path, visitor(who), formPost(form, params))))).status;
}

const all: Who[] = ["guest", "none", "member", "staff", "manager", "student", "teacher", "partner"];
const expectStatuses = async (
  handler: Handler,
  path: string,
  expected: Partial<Record<Who, number>>,
  params: Record<string, string> = {},
) => {
  const got: Partial<Record<Who, number>> = {};
  for (const who of Object.keys(expected) as Who[]) got[who] = await get(handler, who, path, params);
  expect(got, path).toEqual(expected);
};
const managerOnly = { guest: 302, none: 403, member: 403, staff: 403, manager: 200, student: 403, teacher: 403, partner: 403 };

describe("who may open which page (deny by default)", () => {
  it("public pricing and the application page are open to everyone", async () => {
    await expectStatuses(publicPlans.loader as Handler, "/plans", Object.fromEntries(all.map((w) => [w, 200])));
    await expectStatuses(apply.loader as Handler, "/membership/apply", Object.fromEntries(all.map((w) => [w, 200])));
  });

  it("pages for anyone with an account send guests to log in", async () => {
    for (const [handler, path] of [
      [myMemberships.loader, "/membership"],
      [company.loader, "/company"],
      [checkin.loader, "/checkin"],
      [daypass.loader, "/daypass"],
    ] as const) {
      await expectStatuses(handler as Handler, path, { guest: 302, none: 200, member: 200, manager: 200 });
    }
  });

  it("reservations are for members; the directory for members, staff, managers, students and teachers; reception for staff and managers", async () => {
    await expectStatuses(reservations.loader as Handler, "/reservations", {
      guest: 302,
      none: 403,
      member: 200,
      staff: 403,
      manager: 403,
      student: 403,
    });
    await expectStatuses(directory.loader as Handler, "/directory", {
      guest: 302,
      none: 403,
      member: 200,
      staff: 200,
      manager: 200,
      student: 200,
      teacher: 200,
      partner: 403,
    });
    await expectStatuses(directoryProfile.loader as Handler, "/directory/profile", {
      guest: 302,
      none: 403,
      member: 200,
      staff: 403,
      manager: 403,
    });
    await expectStatuses(reception.loader as Handler, "/reception", {
      guest: 302,
      none: 403,
      member: 403,
      staff: 200,
      manager: 200,
      student: 403,
    });
  });

  it("every manager page and export is for managers only", async () => {
    for (const [handler, path, params] of [
      [adminMemberships.loader, "/admin/memberships", {}],
      [adminMembership.loader, `/admin/memberships/${pendingId}`, { membershipId: pendingId }],
      [adminMembersCsv.loader, "/admin/members.csv", {}],
      [adminMembershipsCsv.loader, "/admin/memberships.csv", {}],
      [adminPlans.loader, "/admin/plans", {}],
      [adminPlanNew.loader, "/admin/plans/new", {}],
      [adminPlan.loader, `/admin/plans/${planId}`, { planId }],
      [adminDesks.loader, "/admin/desks", {}],
      [adminFloor.loader, "/admin/floor", {}],
      [adminOccupancy.loader, "/admin/occupancy", {}],
      [adminOccupancyJson.loader, "/admin/occupancy.json", {}],
      [adminReports.loader, "/admin/reports", {}],
      [adminOpeningDays.loader, "/admin/opening-days", {}],
    ] as const) {
      await expectStatuses(handler as Handler, path, managerOnly, params);
    }
  });

  it("a member sees their own membership and gets 404 for anyone else's; a bad id is 404", async () => {
    const params = { membershipId: memberMembershipId };
    expect(await get(myMembership.loader as Handler, "member", `/membership/${memberMembershipId}`, params)).toBe(200);
    expect(await get(myMembership.loader as Handler, "staff", `/membership/${memberMembershipId}`, params)).toBe(404);
    expect(await get(myMembership.loader as Handler, "manager", "/membership/nope", { membershipId: "nope" })).toBe(404);
    expect(await get(adminMembership.loader as Handler, "manager", "/admin/memberships/x", { membershipId: "x" })).toBe(404);
  });
});

describe("who may change what", () => {
  it("refuses manager actions to everyone else, leaving the data as it was", async () => {
    for (const who of ["member", "staff", "none"] as const) {
      expect(
        await post(
          adminMembership.action as Handler,
          who,
          `/admin/memberships/${pendingId}`,
          { intent: "approve" },
          { membershipId: pendingId },
        ),
      ).toBe(403);
      expect(await post(adminPlans.action as Handler, who, "/admin/plans", { intent: "archive", planId })).toBe(403);
      expect(
        await post(adminDesks.action as Handler, who, "/admin/desks", { intent: "create-area", name: "Kelder", flexCapacity: "4" }),
      ).toBe(403);
    }
    expect(await post(reception.action as Handler, "member", "/reception", { intent: "checkin-code", code: "ABCDEF" })).toBe(403);
    expect(await post(reservations.action as Handler, "manager", "/reservations", { intent: "reserve", day: today })).toBe(403);
    const [pending] = await db.select().from(memberships).where(eq(memberships.id, pendingId));
    expect(pending!.status).toBe("pending");
    const [plan] = await db.select().from(plansTable).where(eq(plansTable.id, planId));
    expect(plan!.archivedAt).toBeNull();
  });

  it("approves once as manager (200), then 409", async () => {
    const args = { membershipId: pendingId };
    expect(await post(adminMembership.action as Handler, "manager", `/admin/memberships/${pendingId}`, { intent: "approve" }, args)).toBe(
      200,
    );
    expect(await post(adminMembership.action as Handler, "manager", `/admin/memberships/${pendingId}`, { intent: "approve" }, args)).toBe(
      409,
    );
  });

  it("answers bad input with 400 and another company's data with 403", async () => {
    expect(await post(reservations.action as Handler, "member", "/reservations", { intent: "reserve", day: addDays(today, -1) })).toBe(400);
    expect(await post(reservations.action as Handler, "member", "/reservations", { intent: "reserve", day: "morgen" })).toBe(400);
    const owner = await makeUser();
    const theirs = await makeCompany(werkplaats.id, owner.id, { name: "Hun Bedrijf" });
    const form = {
      intent: "update",
      companyId: theirs.id,
      name: "Gekaapt",
      kvkNumber: theirs.kvkNumber,
      street: "X 1",
      postalCode: "3311 AA",
      city: "Dordrecht",
      billingEmail: "x@example.nl",
    };
    expect(await post(company.action as Handler, "member", "/company", form)).toBe(403);
    expect((await db.select().from(companies).where(eq(companies.id, theirs.id)))[0]!.name).toBe("Hun Bedrijf");
    expect(await post(company.action as Handler, "member", "/company", { ...form, intent: "create", kvkNumber: "123" })).toBe(400);
    expect(await post(apply.action as Handler, "guest", "/membership/apply", { planId, startDate: today, billing: "self" })).toBe(302);
    expect(
      await post(apply.action as Handler, "none", "/membership/apply", { planId, startDate: addDays(today, -3), billing: "self" }),
    ).toBe(400);
    const other = (await makeMembership(werkplaats.id, (await makeUser()).id, planId, { startDate: today })).id;
    expect(
      await post(
        myMembership.action as Handler,
        "member",
        `/membership/${other}`,
        { intent: "cancel", requestedEnd: today },
        { membershipId: other },
      ),
    ).toBe(404);
    expect((await db.select().from(memberships).where(eq(memberships.id, other)))[0]!.endDate).toBeNull();
  });

  it("exports CSV for the manager", async () => {
    const response = (await adminMembershipsCsv.loader({
      request: new Request("http://localhost/admin/memberships.csv"),
      params: {},
      context: requestContext(visitor("manager")),
    } as never)) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(await response.text()).toContain("Naam;E-mailadres");
  });
});
