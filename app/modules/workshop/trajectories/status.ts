import type { TrajectoryStatus } from "#db/schema/enums";
import { conflict } from "~/utils/errors";

/**
 * A trajectory moves forward only: the team forms, works, hands over, and the file is closed.
 * Closing early is allowed from any open status (the SME withdrew, the team fell apart); nothing
 * comes back from closed, because the SME's link and the evaluation hang on that state.
 */
const NEXT: Record<TrajectoryStatus, readonly TrajectoryStatus[]> = {
  forming: ["running", "closed"],
  running: ["delivered", "closed"],
  delivered: ["closed"],
  closed: [],
};

/** The statuses a trajectory may move to from `from`, for the buttons on its page. */
export function nextStatuses(from: TrajectoryStatus): readonly TrajectoryStatus[] {
  return NEXT[from];
}

export function mayMove(from: TrajectoryStatus, to: TrajectoryStatus) {
  return NEXT[from].includes(to);
}

/**
 * Whether the team still hands in work (deliverables, versions, hours): once delivered, what the
 * SME received and the hours behind it are final, and the evaluation is about exactly that.
 */
export function teamStillWorks(status: string) {
  return status === "forming" || status === "running";
}

/** Refuses the team's work on a delivered or closed trajectory (409, saying which). */
export function requireTeamAtWork(trajectory: { status: string }) {
  if (teamStillWorks(trajectory.status)) return;
  throw conflict(trajectory.status === "delivered" ? "workshop.trajectory.errors.delivered" : "workshop.trajectory.errors.closed");
}
