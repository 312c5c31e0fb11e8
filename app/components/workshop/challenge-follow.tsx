import { PageHeader } from "~/components/ui/page-header";
import { useLocale, useT } from "~/modules/i18n";
import { hackathonTitle, type TieNote } from "~/modules/workshop";
import { formatDate } from "~/utils/dates";
import { VersionContent } from "./deliverable-bits";
import { RankingTable } from "./hackathon-bits";

type Challenge = {
  title: string;
  organisation: string;
  eventTitleNl: string;
  eventTitleEn: string | null;
  startsAt: string | Date;
  outcome: string | null;
  work: { versionId: string; fileName: string | null; sizeBytes: number | null; url: string | null } | null;
  ranking: { rank: number | null; total: number; name: string; tie: TieNote | null }[];
};

/** The SME's private page for its hackathon challenge: the teams' ranking and the recorded outcome. */
export function ChallengeFollow({ challenge, token }: { challenge: Challenge; token: string }) {
  const t = useT();
  const locale = useLocale();
  const event = hackathonTitle({ titleNl: challenge.eventTitleNl, titleEn: challenge.eventTitleEn }, locale);
  return (
    <div className="space-y-5">
      <PageHeader
        title={challenge.title}
        intro={`${challenge.organisation} · ${t("workshop.hackathon.followIntro", { event, date: formatDate(challenge.startsAt, locale) })}`}
      />
      <section className="card space-y-3" aria-labelledby="ranking-title">
        <h2 id="ranking-title" className="text-xl font-bold">
          {t("workshop.hackathon.followRanking")}
        </h2>
        <RankingTable rows={challenge.ranking} caption={t("workshop.hackathon.followRanking")} />
      </section>
      {challenge.outcome ? (
        <section className="card space-y-2 break-words" aria-labelledby="outcome-title">
          <h2 id="outcome-title" className="text-xl font-bold">
            {t("workshop.hackathon.outcomeTitle")}
          </h2>
          <p className="whitespace-pre-line">{challenge.outcome}</p>
          {challenge.work ? (
            <p>
              <VersionContent version={challenge.work} fileHref={(versionId) => `/volg/${token}/opleveringen/${versionId}`} />
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
