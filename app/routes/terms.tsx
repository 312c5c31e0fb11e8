import { useT } from "~/modules/i18n";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("terms.title");

export default function Terms() {
  const t = useT();
  return (
    <article className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t("terms.title")}</h1>
      <p>{t("terms.body1")}</p>
      <p>{t("terms.body2")}</p>
      <p>{t("terms.body3")}</p>
    </article>
  );
}
