import { useT } from "~/modules/i18n";

const known = new Set(["AC04", "AC06", "AG01", "AM04", "MD01", "MD06", "MD07", "MS02", "MS03", "SL01"]);

/** A payment the bank took back, with its SEPA return reason in words ("teruggeboekt op verzoek van de klant"). */
export function ReversedPayment({ code }: { code: string | null }) {
  const t = useT();
  const reason =
    code === null ? t("payments.return.unknown") : known.has(code) ? t(`payments.return.${code}`) : t("payments.return.other", { code });
  return (
    <strong className="block text-red-800" data-testid="payment-reversed">
      {t("payments.storno.reversed", { reason })}
    </strong>
  );
}
