import { deskChoices } from "~/modules/desks/index.server";
import type { Locale } from "~/modules/i18n";
import { maxDate, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { cancellationView } from "./cancellation-view.server";
import { periodOn } from "./memberships";
import { deskKindFor, needsDesk, planName } from "~/modules/plans";
import { offerablePlans } from "~/modules/plans/index.server";
import { membershipDetail } from "./queries.server";

/** Everything the manager's membership page shows, and which actions fit the membership's state. */
export async function managementView(werkplaatsId: string, membershipId: string, locale: Locale, cancelDate?: IsoDate) {
  const today = todayIn();
  const detail = await membershipDetail(werkplaatsId, membershipId, locale, { today });
  const m = detail.membership;
  const running = m.status === "active" && (m.endDate === null || m.endDate >= today);
  const current = periodOn(detail.periods, maxDate(today, m.startDate))!.plan;
  const pending = m.status === "pending";
  const deskFrom = pending ? maxDate(m.startDate, today) : today;
  const [desks, offices, plans, cancel] = await Promise.all([
    // Free for the whole membership, not just on its first day; desks and offices apart, for the plan's kind.
    deskChoices(werkplaatsId, deskFrom, m.endDate, "desk"),
    deskChoices(werkplaatsId, deskFrom, m.endDate, "office"),
    running ? offerablePlans(werkplaatsId) : Promise.resolve([]),
    cancellationView(werkplaatsId, detail, cancelDate),
  ]);
  const changeable = (k: string) => k === "flex" || k === "fixed" || k === "office" || k === "virtual";
  const actions = {
    approve: pending ? { needsDesk: needsDesk(current.kind), from: deskFrom } : null,
    changePlan: running && changeable(current.kind) ? { currentPlanId: current.id } : null,
    assignDesk: running && needsDesk(current.kind),
    endDesks: running
      ? detail.desks.filter((d) => d.endsOn === null || d.endsOn >= today).map((d) => ({ id: d.id, label: d.label, endsOn: d.endsOn }))
      : [],
    pause: running,
    any: pending || running,
  };
  return {
    detail,
    actions,
    today,
    desks: deskKindFor(current.kind) === "office" ? offices : desks,
    desksByKind: { desk: desks, office: offices },
    cancel,
    plans: plans.filter((p) => changeable(p.kind)).map((p) => ({ id: p.id, name: planName(p, locale), kind: p.kind })),
  };
}
