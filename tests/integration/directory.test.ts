import { beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany, makeMembership, makePlan } from "#db/membership-factories";
import { listDirectory, listExperts, photoFor, removePhoto, saveProfile, savePhoto, tagCloud } from "~/modules/directory/directory.server";
import { profileSchema } from "~/modules/directory/directory.schema";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let planId: string;
const member = async (name?: string) => {
  const user = await makePerson(werkplaats.id, ["member"], name ? { name } : {});
  await makeMembership(werkplaats.id, user.id, planId, { startDate: "2020-01-01" });
  return user;
};
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  planId = (await makePlan(werkplaats.id, "flex")).id;
});

describe("member directory", () => {
  it("shows only members who opted in, with company, tags and student help; filters by tag and helpers", async () => {
    const sanne = await member("Sanne Visser");
    await makeCompany(werkplaats.id, sanne.id, { name: "Studio Noord" });
    await saveProfile(
      werkplaats.id,
      sanne.id,
      profileSchema.parse({ visible: "on", headline: "UX", expertise: "UX-design, Data", helpsStudents: "on", helpHoursPerMonth: "4" }),
    );
    const daan = await member("Daan Jansen");
    await saveProfile(werkplaats.id, daan.id, profileSchema.parse({ visible: "on", expertise: "cyber security" }));
    const hidden = await member("Verborgen Lid");
    const former = await makePerson(werkplaats.id, ["member"], { name: "Oud Lid" });
    await makeMembership(werkplaats.id, former.id, planId, { startDate: "2020-01-01", endDate: "2021-01-01" });
    await saveProfile(werkplaats.id, former.id, profileSchema.parse({ visible: "on", expertise: "data" }));
    await saveProfile(werkplaats.id, hidden.id, profileSchema.parse({ expertise: "data" }));
    const notMember = await makeUser({ name: "Geen Lid" });
    await saveProfile(werkplaats.id, notMember.id, profileSchema.parse({ visible: "on" }));

    expect((await listDirectory(werkplaats.id)).map((p) => [p.name, p.company])).toEqual([
      ["Daan Jansen", null],
      ["Sanne Visser", "Studio Noord"],
    ]);
    expect((await listDirectory(werkplaats.id, { tag: "data" })).map((p) => p.name)).toEqual(["Sanne Visser"]);
    expect((await listDirectory(werkplaats.id, { q: "cyber" })).map((p) => p.name)).toEqual(["Daan Jansen"]);
    expect((await listDirectory(werkplaats.id, { helps: true })).map((p) => [p.name, p.helpHoursPerMonth])).toEqual([["Sanne Visser", 4]]);
    expect(await listExperts(werkplaats.id, ["Data"])).toHaveLength(1);
    expect(await listExperts(werkplaats.id, ["cyber security"])).toHaveLength(0);
    expect(Object.fromEntries((await tagCloud(werkplaats.id)).map((t) => [t.tag, t.n]))).toEqual({
      "cyber security": 1,
      data: 1,
      "ux-design": 1,
    });
  });

  it("stores a real image as photo, refuses other bytes, and shows it only for visible profiles or yourself", async () => {
    const me = await member();
    const viewer = await member();
    await expect(savePhoto(werkplaats.id, me.id, new TextEncoder().encode("<svg/>"))).rejects.toMatchObject({
      status: 400,
      key: "directory.errors.photoType",
    });
    await expect(savePhoto(werkplaats.id, me.id, new Uint8Array(400 * 1024).fill(0xff))).rejects.toMatchObject({
      status: 400,
      key: "directory.errors.photoTooLarge",
    });
    await savePhoto(werkplaats.id, me.id, PNG);
    expect((await photoFor(werkplaats.id, me.id, me.id)).contentType).toBe("image/png");
    await expect(photoFor(werkplaats.id, me.id, viewer.id)).rejects.toMatchObject({ status: 404 });
    await saveProfile(werkplaats.id, me.id, profileSchema.parse({ visible: "on" }));
    expect([...(await photoFor(werkplaats.id, me.id, viewer.id)).data]).toEqual([...PNG]);
    await removePhoto(werkplaats.id, me.id);
    await expect(photoFor(werkplaats.id, me.id, me.id)).rejects.toMatchObject({ status: 404 });
  });
});
