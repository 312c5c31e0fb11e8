import { useLocale } from "~/modules/i18n";
import { formatFigure, type PublishableFigure } from "~/modules/partners";

/** An impact figure as the report prints it too (formatFigure). */
export function FigureValue({ figure, value }: { figure: PublishableFigure; value: number | null }) {
  return <>{formatFigure(figure, value, useLocale())}</>;
}
