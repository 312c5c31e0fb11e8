import { useT } from "~/modules/i18n";

/**
 * Says on every page that Stripe runs with a test key: nobody should think a test payment is real.
 * A plain note, not a live region: it never changes while the page is open, and a second "status"
 * would be read out with every real status message.
 */
export function StripeTestModeBanner() {
  const t = useT();
  return (
    <p className="mb-4 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-2 font-semibold text-amber-950">{t("stripe.testMode")}</p>
  );
}
