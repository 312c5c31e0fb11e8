import { describe, expect, it } from "vitest";
import { questionTags, rankExperts, themeTags, type RankingCandidate } from "~/modules/workshop/experts/ranking";

const expert = (over: Partial<RankingCandidate> & { name: string }): RankingCandidate => ({
  userId: over.name.toLowerCase(),
  companyId: null,
  tags: [],
  hoursPerMonth: 8,
  bookedHours: 0,
  activeTrajectories: 0,
  ratings: [],
  alreadyOnTrajectory: false,
  ...over,
});

const webshop = {
  themes: ["ecommerce"],
  question: "Onze webshop verkoopt slecht; helpt SEO of een nieuw platform?",
  smeCompanyId: "bakkerij",
};

describe("the expert ranking", () => {
  it("matches tags to themes by the words experts use", () => {
    expect(themeTags(["webshops", "ux-design", "online marketing"], ["ecommerce"])).toEqual(["webshops", "online marketing"]);
    expect(themeTags(["cyber security"], ["data"])).toEqual([]);
    expect(themeTags(["circulaire economie"], ["circular_economy", "energy_transition"])).toEqual(["circulaire economie"]);
  });

  it("finds tags among the question's words, not inside other words", () => {
    expect(questionTags(["seo", "ai", "webshop"], webshop.question)).toEqual(["seo", "webshop"]);
    expect(questionTags(["ai"], "Wij maken kaas")).toEqual([]);
  });

  it("puts the expert on theme first and says why", () => {
    const ranked = rankExperts(webshop, [
      expert({ name: "Daan", tags: ["cyber security"] }),
      expert({ name: "Sanne", tags: ["e-commerce", "platform"], ratings: [8, 9] }),
    ]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, "Sanne"],
      [2, "Daan"],
    ]);
    expect(ranked[0]?.reasons.map((r) => r.key)).toEqual([
      "workshop.experts.reason.themes",
      "workshop.experts.reason.question",
      "workshop.experts.reason.freeHours",
      "workshop.experts.reason.idle",
      "workshop.experts.reason.rating",
    ]);
    expect(ranked[0]?.reasons[0]?.values).toEqual({ tags: "e-commerce" });
    expect(ranked[0]?.reasons[1]?.values).toEqual({ tags: "platform" });
    expect(ranked[0]?.reasons[4]?.values).toEqual({ rating: "8.5", n: 2 });
    expect(ranked[1]?.reasons.map((r) => r.key)).toContain("workshop.experts.reason.unrated");
  });

  it("leaves out the SME's own company and experts already on the trajectory", () => {
    const ranked = rankExperts(webshop, [
      expert({ name: "Lotte", tags: ["webshop"], companyId: "bakkerij" }),
      expert({ name: "Priya", tags: ["data"], alreadyOnTrajectory: true }),
      expert({ name: "Mehmet", tags: [] }),
    ]);
    expect(ranked.map((r) => r.name)).toEqual(["Mehmet"]);
  });

  it("weighs load, free hours and ratings, and puts a fully booked expert last", () => {
    const ranked = rankExperts(webshop, [
      expert({ name: "Busy", tags: ["webshop"], activeTrajectories: 3 }),
      expert({ name: "Full", tags: ["webshop", "seo", "e-commerce"], hoursPerMonth: 4, bookedHours: 4, ratings: [10] }),
      expert({ name: "Free", tags: ["webshop"] }),
      expert({ name: "Poorly rated", tags: ["webshop"], ratings: [3, 4] }),
    ]);
    expect(ranked.map((r) => r.name)).toEqual(["Free", "Poorly rated", "Busy", "Full"]);
    const full = ranked.find((r) => r.name === "Full");
    expect(full?.freeHours).toBe(0);
    expect(full?.reasons).toContainEqual({ key: "workshop.experts.reason.noFreeHours", values: { total: 4 } });
    expect(ranked.find((r) => r.name === "Busy")?.reasons).toContainEqual({ key: "workshop.experts.reason.load", values: { n: 3 } });
  });

  it("orders equal scores by name", () => {
    const ranked = rankExperts({ themes: [], question: "", smeCompanyId: null }, [expert({ name: "Zoë" }), expert({ name: "Anna" })]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, "Anna"],
      [2, "Zoë"],
    ]);
  });
});
