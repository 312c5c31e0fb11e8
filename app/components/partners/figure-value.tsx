import { useLocale } from "~/modules/i18n";
import type { PublishableFigure } from "~/modules/partners";

/** An impact figure as people read it: a count, a rating with one decimal, or a percentage; a dash when nobody answered. */
export function FigureValue({ figure, value }: { figure: PublishableFigure; value: number | null }) {
  const locale = useLocale();
  if (value === null) return <>–</>;
  if (figure === "averageRating") return <>{value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</>;
  if (figure.endsWith("Percent")) return <>{value} %</>;
  return <>{value.toLocaleString(locale)}</>;
}
