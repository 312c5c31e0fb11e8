import type { TrajectoryStatus } from "#db/schema/enums";

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
