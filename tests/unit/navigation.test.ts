import { describe, expect, it } from "vitest";
import { currentLink, isGroup, navigationFor, publicMenu, type NavEntry } from "~/components/navigation";

const links = (entries: NavEntry[]) => entries.flatMap((e) => (isGroup(e) ? e.items : [e])).map((i) => i.to);
const group = (entries: NavEntry[], label: string) => entries.filter(isGroup).find((e) => e.label === label);

describe("the menu", () => {
  it("lists occupancy, the floor view and members and revenue under Beheer for a manager", () => {
    const manage = group(navigationFor(["manager"]), "nav.group.manage");
    expect(manage?.items.map((i) => i.to)).toEqual(expect.arrayContaining(["/admin/occupancy", "/admin/floor", "/admin/reports"]));
  });

  it("keeps those pages away from staff and members", () => {
    for (const role of ["staff", "member"] as const) {
      expect(links(navigationFor([role]))).not.toContain("/admin/occupancy");
    }
  });

  it("sends a member's Spreekuur to booking a talk, and publishing to its own entry", () => {
    const agenda = group(navigationFor(["member"]), "nav.group.agenda");
    expect(agenda?.items.find((i) => i.label === "nav.consultations")?.to).toBe("/spreekuur");
    expect(agenda?.items.find((i) => i.label === "nav.myConsultations")?.to).toBe("/spreekuur/beheer");
  });

  it("links a juror, whatever their roles, to the hackathon they judge or the list of several, and nobody else", () => {
    const eventId = "6f1c2a9e-0000-4000-8000-000000000001";
    const other = "6f1c2a9e-0000-4000-8000-000000000002";
    for (const roles of [[], ["student"], ["staff"]] as const) {
      expect(links(navigationFor(roles, [eventId]))).toContain(`/hackathons/${eventId}`);
      expect(links(navigationFor(roles)).some((to) => to.startsWith("/hackathons"))).toBe(false);
    }
    expect(navigationFor([], [eventId])).toContainEqual({ to: `/hackathons/${eventId}`, label: "workshop.hackathon.navJudging" });
    expect(navigationFor([], [eventId, other])).toContainEqual({ to: "/hackathons", label: "workshop.hackathon.navJudging" });
  });

  it("gives students and teachers the workshop's experts and stage-opdrachten, and a resident asking and helping there", () => {
    for (const role of ["student", "teacher"] as const) {
      const menu = navigationFor([role]);
      expect(group(menu, "workshop.nav.group")?.items).toEqual([
        { to: "/directory", label: "workshop.experts.nav.directory", roles: ["student", "teacher"] },
        { to: "/stage-opdrachten", label: "workshop.internship.nav", roles: ["teacher", "student"] },
      ]);
      // Nothing of the space they do not use: no membership, bookings or member directory.
      expect(group(menu, "nav.group.workplace")).toBeUndefined();
      expect(links(menu)).not.toContain("/calendar");
    }
    expect(group(navigationFor(["member"]), "workshop.nav.group")?.items.map((i) => i.to)).toEqual(["/intake", "/expert"]);
    expect(group(navigationFor(["member"]), "nav.group.workplace")?.items.map((i) => i.to)).not.toContain("/expert");
  });

  it("marks only the most specific link as the current page", () => {
    const all = links(navigationFor(["manager"])).map((to) => ({ to, label: "nav.home" as const }));
    expect(currentLink(all, "/spreekuur/beheer")).toBe("/spreekuur/beheer");
    expect(currentLink(all, "/spreekuur/abc")).toBe("/spreekuur");
    expect(currentLink(all, "/admin/billing/settings")).toBe("/admin/billing/settings");
    expect(currentLink(all, "/")).toBe("/");
    expect(currentLink(all, "/nowhere")).toBeUndefined();
  });

  it("links a visitor's public pages to each other", () => {
    expect(publicMenu.map((i) => i.to)).toEqual(["/plans", "/events", "/spreekuur"]);
  });
});
