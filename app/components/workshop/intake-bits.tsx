import { Link } from "@remix-run/react";
import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import type { IntakeStage } from "~/modules/workshop";
import { formatDate } from "~/utils/dates";

const tone: Record<IntakeStage, "neutral" | "good" | "warn" | "bad"> = {
  intake: "warn",
  articulation: "warn",
  matched: "neutral",
  running: "neutral",
  delivered: "good",
  evaluated: "good",
  closed: "neutral",
};

/** A stage as text plus colour, never colour alone. */
export function StageBadge({ stage }: { stage: IntakeStage }) {
  const t = useT();
  return <StatusBadge tone={tone[stage]}>{t(`workshop.stage.${stage}`)}</StatusBadge>;
}

/** One intake on the board: a link to its file, so the board works with a keyboard. */
export function IntakeCard({
  intake,
}: {
  intake: { id: string; organisation: string; themes: string[]; route: string | null; ownerName: string | null; createdAt: string | Date };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className="rounded border border-slate-300 bg-white p-2 text-sm shadow-sm">
      <Link to={`/werkplaats/intake/${intake.id}`} className="block font-semibold break-words">
        {intake.organisation}
      </Link>
      <p className="text-xs text-slate-600 break-words">{intake.themes.map((th) => t(`theme.${th}`)).join(", ")}</p>
      <p className="text-xs text-slate-700">{intake.route ? t(`workshop.route.${intake.route}`) : t("workshop.board.noRoute")}</p>
      <p className="text-xs text-slate-600">
        {formatDate(intake.createdAt, locale)}
        {intake.ownerName ? ` · ${intake.ownerName}` : ""}
      </p>
    </li>
  );
}
