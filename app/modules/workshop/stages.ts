import type { IntakeRoute, IntakeStage } from "#db/schema/enums";

/**
 * Which moves across the intake board are allowed. Forward one column at a time, back to
 * vraagarticulatie while nothing runs yet, and to closed from anywhere (a question withdrawn or
 * referred away). Past vraagarticulatie a route must be chosen; only routes with a team
 * (trajectory, hackathon, stage-opdracht) run and deliver, the referrals close once matched.
 */
const NEXT: Record<IntakeStage, readonly IntakeStage[]> = {
  intake: ["articulation", "closed"],
  articulation: ["matched", "intake", "closed"],
  matched: ["running", "articulation", "closed"],
  running: ["delivered", "closed"],
  delivered: ["evaluated", "closed"],
  evaluated: ["closed"],
  closed: [],
};

const TEAM_ROUTES: readonly IntakeRoute[] = ["advisory_trajectory", "hackathon_challenge", "internship_assignment"];

export type MoveRefusal = "workshop.move.notAllowed" | "workshop.move.routeFirst" | "workshop.move.noTeamRoute";

/** Why `from` → `to` is refused, or null when the move is allowed. */
export function moveRefusal(from: IntakeStage, to: IntakeStage, route: IntakeRoute | null): MoveRefusal | null {
  if (!NEXT[from].includes(to)) return "workshop.move.notAllowed";
  if (to === "matched" && !route) return "workshop.move.routeFirst";
  if (to === "running" && (!route || !TEAM_ROUTES.includes(route))) return "workshop.move.noTeamRoute";
  return null;
}

/** The stages an intake may move to now, for the buttons on its page. */
export function allowedMoves(from: IntakeStage, route: IntakeRoute | null): IntakeStage[] {
  return NEXT[from].filter((to) => moveRefusal(from, to, route) === null);
}

/**
 * The SME's answer to the evaluation is the sign the work was delivered and judged, so it moves
 * the card to evaluated from wherever staff left it once a team was matched; a card already
 * evaluated or closed (or never matched) stays where it is.
 */
export function evaluatedByAnswer(from: IntakeStage): boolean {
  return from === "matched" || from === "running" || from === "delivered";
}
