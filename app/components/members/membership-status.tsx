import { StatusBadge } from "~/components/ui/status-badge";
import { useT } from "~/modules/i18n";
import { statusTone, type EffectiveStatus } from "~/modules/memberships";

export function MembershipStatus({ status }: { status: EffectiveStatus }) {
  const t = useT();
  return <StatusBadge tone={statusTone[status]}>{t(`membership.status.${status}`)}</StatusBadge>;
}
