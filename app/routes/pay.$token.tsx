import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { amountChoiceSchema } from "~/modules/billing";
import { paymentRequestByToken } from "~/modules/billing/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { isStripeConfigured, startRequestCheckout } from "~/modules/stripe/index.server";
import { submitForm } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { centsToInput, formatMoney } from "~/utils/money";

export const meta = pageTitle("billing.checkout.title", [{ name: "robots", content: "noindex" }]);

/** A payment request's public page (the token in the link is the key): pick an amount, pay at Checkout. */
export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const { request, payable } = await orErrorResponse(() => paymentRequestByToken(werkplaats.id, args.params.token ?? ""));
  const query = new URL(args.request.url).searchParams;
  return {
    purpose: request.purpose,
    status: request.status,
    payable: payable && isStripeConfigured(),
    minimumCents: request.minimumCents,
    suggestedCents: request.suggestedCents,
    maximumCents: request.maximumCents,
    amountCents: request.amountCents,
    payerName: request.payerName,
    payerEmail: request.payerEmail,
    returned: query.has("session_id"),
    cancelled: query.has("cancelled"),
  };
}

export async function action(args: ActionFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const token = args.params.token ?? "";
  const { request } = await orErrorResponse(() => paymentRequestByToken(werkplaats.id, token));
  return submitForm(args.request, amountChoiceSchema(request), async (input) => {
    const url = await startRequestCheckout(
      werkplaats.id,
      token,
      { amountCents: input.amount, name: input.name, email: input.email },
      args.context.locale,
    );
    return redirect(url);
  });
}

export default function PayWhatYouWant() {
  const t = useT();
  const locale = useLocale();
  const r = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <article className="mx-auto max-w-2xl space-y-6">
      <header>
        <p className="text-sm font-semibold text-slate-700">{t("billing.checkout.title")}</p>
        <h1 className="mt-1 text-3xl font-bold break-words">{r.purpose}</h1>
      </header>
      {r.status === "paid" ? (
        <Notice tone="success" title={t("billing.checkout.paidTitle")}>
          {t("billing.checkout.paidBody", { amount: money(r.amountCents ?? 0), name: r.payerName ?? "" })}
        </Notice>
      ) : r.status === "cancelled" ? (
        <Notice tone="warning">{t("billing.checkout.closed")}</Notice>
      ) : !r.payable ? (
        <Notice tone="warning">{t("billing.checkout.unavailable")}</Notice>
      ) : (
        <section className="card space-y-4">
          {r.returned ? <Notice tone="info">{t("billing.checkout.waitingBody")}</Notice> : null}
          {r.cancelled ? <Notice tone="warning">{t("billing.checkout.cancelledBody")}</Notice> : null}
          <ErrorSummary
            reply={reply}
            labels={{ amount: t("billing.checkout.amount"), name: t("billing.checkout.name"), email: t("billing.checkout.email") }}
          />
          <Form method="post" className="space-y-4" noValidate>
            <TextField
              name="amount"
              label={t("billing.checkout.amount")}
              inputMode="decimal"
              defaultValue={centsToInput(r.suggestedCents)}
              hint={t("billing.checkout.amountHint", {
                minimum: money(r.minimumCents),
                maximum: money(r.maximumCents),
                suggested: money(r.suggestedCents),
              })}
              required
              reply={reply}
            />
            <TextField
              name="name"
              label={t("billing.checkout.name")}
              autoComplete="name"
              defaultValue={r.payerName ?? undefined}
              required
              reply={reply}
            />
            <TextField
              name="email"
              type="email"
              label={t("billing.checkout.email")}
              autoComplete="email"
              defaultValue={r.payerEmail ?? undefined}
              required
              reply={reply}
            />
            <p className="text-sm text-slate-700">{t("billing.checkout.payWith")}</p>
            <Button type="submit" disabled={busy}>
              {t("billing.checkout.pay")}
            </Button>
          </Form>
        </section>
      )}
    </article>
  );
}

export const ErrorBoundary = ErrorPage;
