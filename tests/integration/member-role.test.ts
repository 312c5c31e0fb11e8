import { beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeMembership, makePlan } from "#db/membership-factories";
import { rolesOf } from "~/modules/auth/access.server";
import { revokeEndedMemberRoles } from "~/modules/memberships/member-role.server";

let werkplaatsId: string;
let planId: string;

beforeAll(async () => {
  werkplaatsId = (await makeWerkplaats()).id;
  planId = (await makePlan(werkplaatsId, "flex")).id;
});

describe("the member role follows the membership", () => {
  it("is taken from someone whose last membership ended, and only from them", async () => {
    const former = await makePerson(werkplaatsId, ["member", "student"]);
    await makeMembership(werkplaatsId, former.id, planId, { startDate: "2026-01-01", endDate: "2026-10-31" });
    const current = await makePerson(werkplaatsId, ["member"]);
    await makeMembership(werkplaatsId, current.id, planId, { startDate: "2026-01-01", endDate: "2026-12-31" });
    const renewed = await makePerson(werkplaatsId, ["member"]);
    await makeMembership(werkplaatsId, renewed.id, planId, { startDate: "2025-01-01", endDate: "2025-12-31" });
    await makeMembership(werkplaatsId, renewed.id, planId, { startDate: "2026-01-01" });
    const byHand = await makePerson(werkplaatsId, ["member"]);

    expect(await revokeEndedMemberRoles("2026-11-27")).toBe(1);
    expect(await rolesOf(former.id, werkplaatsId)).toEqual(["student"]);
    expect(await rolesOf(current.id, werkplaatsId)).toEqual(["member"]);
    expect(await rolesOf(renewed.id, werkplaatsId)).toEqual(["member"]);
    expect(await rolesOf(byHand.id, werkplaatsId)).toEqual(["member"]);
    // Running again changes nothing.
    expect(await revokeEndedMemberRoles("2026-11-27")).toBe(0);
  });
});
