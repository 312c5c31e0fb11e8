import { Form } from "@remix-run/react";
import { SelectField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { TIE_BREAK_ORDER, type TieNote } from "~/modules/workshop";
import { formatDate } from "~/utils/dates";
import { isErrorReply, type FormReply } from "~/utils/forms";
import { VersionContent } from "./deliverable-bits";

type Reply = FormReply | null | undefined;

const points = (n: number, locale: string) => n.toLocaleString(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 2 });

/** A juror's four marks for one team; the marks given before are filled in. */
export function ScoreForm({
  teamId,
  teamName,
  given,
  reply,
}: {
  teamId: string;
  teamName: string;
  given: Record<string, number>;
  reply: Reply;
}) {
  const t = useT();
  const scope = `score-${teamId}`;
  const mine = isErrorReply(reply) && reply.values.teamId === teamId ? reply : undefined;
  return (
    <Form
      method="post"
      className="space-y-3 border-t border-slate-200 pt-3"
      noValidate
      aria-label={t("workshop.hackathon.scoreFor", { team: teamName })}
    >
      <input type="hidden" name="intent" value="score" />
      <input type="hidden" name="teamId" value={teamId} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {TIE_BREAK_ORDER.map((criterion) => (
          <TextField
            key={criterion}
            name={criterion}
            scope={scope}
            type="number"
            min={1}
            max={10}
            inputMode="numeric"
            label={t(`workshop.hackathon.criterion.${criterion}`)}
            defaultValue={given[criterion] === undefined ? "" : String(given[criterion])}
            reply={mine}
          />
        ))}
      </div>
      <Button type="submit" small>
        {Object.keys(given).length > 0 ? t("workshop.hackathon.rescore") : t("workshop.hackathon.score")}
      </Button>
    </Form>
  );
}

export type RankingRow = {
  id?: string;
  rank: number | null;
  total: number;
  name: string;
  tie: TieNote | null;
  members?: string[];
  marks?: number;
  marksExpected?: number;
};

/** Teams in order of the jury's scores, with why equal totals stand where they stand. */
export function RankingTable({ rows, caption }: { rows: RankingRow[]; caption: string }) {
  const t = useT();
  const locale = useLocale();
  if (rows.length === 0) return <p className="text-slate-700">{t("workshop.hackathon.noTeams")}</p>;
  return (
    <table className="w-full text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-sm">
          <th scope="col" className="py-2 pr-3">
            {t("workshop.hackathon.rank")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("workshop.hackathon.team")}
          </th>
          <th scope="col" className="py-2 text-right">
            {t("workshop.hackathon.points")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id ?? row.name} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-3 font-bold">{row.rank ?? "–"}</td>
            <td className="py-2 pr-3 break-words">
              <span className="font-semibold">{row.name}</span>
              {row.members && row.members.length > 0 ? (
                <span className="block text-sm text-slate-700">{row.members.join(", ")}</span>
              ) : null}
              {row.tie ? (
                <span className="block text-sm text-slate-700">
                  {row.tie.key === "workshop.hackathon.tie.broken"
                    ? t(row.tie.key, { criterion: t(`workshop.hackathon.criterion.${row.tie.criterion}`).toLowerCase() })
                    : t(row.tie.key)}
                </span>
              ) : null}
              {row.marks !== undefined && row.marksExpected !== undefined && row.marks < row.marksExpected ? (
                <span className="block text-sm text-amber-900">
                  {row.marks === 0
                    ? t("workshop.hackathon.unscored")
                    : t("workshop.hackathon.marks", { n: row.marks, of: row.marksExpected })}
                </span>
              ) : null}
            </td>
            <td className="py-2 text-right tabular-nums">{row.rank === null ? "–" : points(row.total, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Staff's view of the teams with their members, and the form that puts a student in a team (or moves them). */
export function TeamAssignment({
  teams,
  students,
  max,
  reply,
}: {
  teams: { id: string; name: string; members: { id: string; name: string }[] }[];
  max: number;
  students: { id: string; name: string }[];
  reply: Reply;
}) {
  const t = useT();
  return (
    <section className="card space-y-3" aria-labelledby="teams-title">
      <h2 id="teams-title" className="text-xl font-bold">
        {t("workshop.hackathon.teamsTitle")}
      </h2>
      <p className="text-slate-700">{t("workshop.hackathon.teamsIntro", { max })}</p>
      {teams.length === 0 ? (
        <p className="text-slate-700">{t("workshop.hackathon.noTeamsToAssign")}</p>
      ) : (
        <>
          <ul className="space-y-1 break-words">
            {teams.map((team) => (
              <li key={team.id}>
                <span className="font-semibold">{team.name}</span>:{" "}
                {team.members.length === 0 ? t("workshop.hackathon.noMembers") : team.members.map((m) => m.name).join(", ")}
              </li>
            ))}
          </ul>
          <Form method="post" className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]" noValidate>
            <input type="hidden" name="intent" value="assign" />
            <SelectField
              name="studentId"
              label={t("workshop.hackathon.student")}
              options={students.map((s) => ({ value: s.id, label: s.name }))}
              reply={reply}
            />
            <SelectField
              name="teamId"
              label={t("workshop.hackathon.team")}
              options={teams.map((team) => ({ value: team.id, label: team.name }))}
              reply={reply}
            />
            <Button type="submit" variant="secondary">
              {t("workshop.hackathon.assign")}
            </Button>
          </Form>
        </>
      )}
    </section>
  );
}

type OutcomeVersion = {
  versionId: string;
  version: number;
  fileName: string | null;
  sizeBytes: number | null;
  url: string | null;
  uploadedBy: string | null;
  createdAt: string | Date;
};

/** A challenge's outcome in versions, newest first, each a download or a link, as a deliverable's. */
export function OutcomeVersions({ versions, fileHref }: { versions: OutcomeVersion[]; fileHref: (versionId: string) => string }) {
  const t = useT();
  const locale = useLocale();
  if (versions.length === 0) return null;
  return (
    <div className="space-y-1">
      <p className="text-sm font-semibold">{t("workshop.hackathon.outcomeVersions")}</p>
      <ol className="space-y-1 text-sm break-words">
        {versions.map((v) => (
          <li key={v.versionId}>
            <span className="font-semibold">{t("workshop.deliverables.version", { version: v.version })}</span> ·{" "}
            {formatDate(v.createdAt, locale)}
            {v.uploadedBy ? ` · ${t("workshop.deliverables.by", { name: v.uploadedBy })}` : ""} ·{" "}
            <VersionContent version={v} fileHref={fileHref} />
          </li>
        ))}
      </ol>
    </div>
  );
}
