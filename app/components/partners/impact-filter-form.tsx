import { Form, Link } from "@remix-run/react";
import { SelectField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useT } from "~/modules/i18n";
import { activityKinds, impactSizes, impactThemes, type ImpactFilter } from "~/modules/partners";

/** The name of an activity kind: an event kind, a spreekuur or the workshop's trajectories. */
export function useActivityKindLabel() {
  const t = useT();
  return (kind: string) =>
    kind === "spreekuur" ? t("impact.reach.spreekuur") : kind === "trajectory" ? t("impact.kind.trajectory") : t(`eventKind.${kind}`);
}

/**
 * Theme, target group and activity kind as a plain GET form: the filter lives in the query
 * string, so it works by keyboard and without script, and the URL can be shared as it is.
 */
export function ImpactFilterForm({ filter, keep }: { filter: ImpactFilter; keep: Record<string, string> }) {
  const t = useT();
  const kindLabel = useActivityKindLabel();
  const all = { value: "", label: t("impact.filter.all") };
  return (
    <section className="card space-y-3" aria-labelledby="filter-title">
      <h2 id="filter-title" className="text-lg font-bold">
        {t("impact.filter.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("impact.filter.intro")}</p>
      <Form method="get" className="grid gap-3 sm:grid-cols-3">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <SelectField
          name="theme"
          label={t("impact.filter.theme")}
          defaultValue={filter.theme ?? ""}
          options={[all, ...impactThemes.map((v) => ({ value: v, label: t(`theme.${v}`) }))]}
        />
        <SelectField
          name="size"
          label={t("impact.filter.size")}
          defaultValue={filter.size ?? ""}
          options={[all, ...impactSizes.map((v) => ({ value: v, label: t(`impact.size.${v}`) }))]}
        />
        <SelectField
          name="kind"
          label={t("impact.filter.kind")}
          defaultValue={filter.kind ?? ""}
          options={[all, ...activityKinds.map((v) => ({ value: v, label: kindLabel(v) }))]}
        />
        <div className="flex flex-wrap items-center gap-4 sm:col-span-3">
          <Button type="submit">{t("impact.filter.apply")}</Button>
          {filter.theme || filter.size || filter.kind ? (
            <Link to={`?${new URLSearchParams(keep).toString()}`}>{t("impact.filter.clear")}</Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
