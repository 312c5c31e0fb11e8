import { useT } from "~/modules/i18n";

/** Says on every page that Stripe runs with a test key: nobody should think a test payment is real. */
export function StripeTestModeBanner() {
  const t = useT();
  return (
    <p role="status" className="mb-4 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-2 font-semibold text-amber-950">
      {t("stripe.testMode")}
    </p>
  );
}
