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
      expect(links(navigationFor(roles, { judging: [eventId] }))).toContain(`/hackathons/${eventId}`);
      expect(links(navigationFor(roles)).some((to) => to.startsWith("/hackathons"))).toBe(false);
    }
    expect(navigationFor([], { judging: [eventId] })).toContainEqual({
      to: `/hackathons/${eventId}`,
      label: "workshop.hackathon.navJudging",
    });
    expect(navigationFor([], { judging: [eventId, other] })).toContainEqual({ to: "/hackathons", label: "workshop.hackathon.navJudging" });
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
    const expert = navigationFor(["member"], { expertTeams: true });
    expect(group(expert, "workshop.nav.group")?.items.map((i) => i.to)).toEqual(["/intake", "/expert"]);
    expect(group(expert, "nav.group.workplace")?.items.map((i) => i.to)).not.toContain("/expert");
  });

  it('shows "Mijn facturen" to members and partners, and to anyone else who was sent an invoice', () => {
    expect(links(navigationFor(["member"]))).toContain("/invoices");
    expect(links(navigationFor(["partner"]))).toContain("/invoices");
    for (const role of ["student", "teacher", "staff"] as const) {
      expect(links(navigationFor([role]))).not.toContain("/invoices");
      expect(links(navigationFor([role], { invoices: true }))).toContain("/invoices");
    }
    expect(links(navigationFor([], { invoices: true }))).toContain("/invoices");
  });

  it('shows "Mijn studententeams" only to a member who is on a team as an expert', () => {
    expect(links(navigationFor(["member"]))).not.toContain("/expert");
    expect(links(navigationFor(["member"], { expertTeams: true }))).toContain("/expert");
    // The place alone is not enough: the page is a member's.
    expect(links(navigationFor(["student"], { expertTeams: true }))).not.toContain("/expert");
  });

  it("splits a manager's work into the space (Beheer) and the money (Financiën), with the workshop's pages under Werkplaats", () => {
    const manager = navigationFor(["manager"]);
    expect(group(manager, "nav.group.finance")?.items.map((i) => i.to)).toEqual(
      expect.arrayContaining(["/admin/billing", "/admin/invoices", "/admin/receivables", "/admin/billing/export"]),
    );
    expect(group(manager, "nav.group.manage")?.items.map((i) => i.to)).not.toContain("/admin/billing");
    expect(group(manager, "workshop.nav.group")?.items.map((i) => i.to)).toEqual(
      expect.arrayContaining(["/admin/experts", "/admin/impact"]),
    );
    // Every manager's page is still in the menu once.
    const all = links(manager);
    expect(new Set(all).size).toBe(all.length);
    expect(links(navigationFor(["staff"]))).not.toContain("/admin/billing");
  });

  it("gives a partner its invoices and the published impact, and nothing of the space", () => {
    const partner = links(navigationFor(["partner"]));
    expect(partner).toEqual(expect.arrayContaining(["/invoices", "/impact"]));
    expect(partner).not.toContain("/membership");
    expect(partner).not.toContain("/admin/impact");
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
