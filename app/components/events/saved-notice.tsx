import { useSearchParams } from "@remix-run/react";
import { useT } from "~/modules/i18n";

/** After saving an activity: says whether it is published, a draft or cancelled (from ?saved=). */
export function EventSavedNotice() {
  const t = useT();
  const [params] = useSearchParams();
  const saved = params.get("saved");
  if (!saved) return null;
  return (
    <div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-950">
      {t(`adminEvents.saved.${saved === "published" ? "published" : saved === "cancelled" ? "cancelled" : "draft"}`)}
    </div>
  );
}
