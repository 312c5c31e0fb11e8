import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { paymentMethodSchema } from "~/modules/stripe";
import { isStripeConfigured, paymentMethodsOf, removeMethod, startMethodSetup, stripePaymentsOf } from "~/modules/stripe/index.server";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { conflict } from "~/utils/errors";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("stripe.account.title");

/** The member's saved method per billing party they pay for, and their payments through Stripe. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  if (!isStripeConfigured()) return { configured: false as const };
  const member = { werkplaatsId: werkplaats.id, userId: user.id };
  const [methods, payments] = await Promise.all([paymentMethodsOf(member), stripePaymentsOf(member)]);
  return {
    configured: true as const,
    hasOwnParty: methods.hasOwnParty,
    parties: methods.parties.map((p) => ({
      ...p,
      method: p.method ? { label: p.method.label, savedOn: todayIn(p.method.savedAt, werkplaats.timezone) } : null,
    })),
    payments,
  };
}

/** Add (Checkout in setup mode, at Stripe) or remove the method of one party; a party the member does not pay for is 404. */
export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  if (!isStripeConfigured()) throw conflict("stripe.account.off");
  return submitForm(args.request, paymentMethodSchema, async (input) => {
    if (input.intent === "remove") {
      await removeMethod(werkplaats, user.id, input.party);
      return redirect("/account/payments?verwijderd=1");
    }
    const url = await startMethodSetup(werkplaats, user.id, input.party, args.context.locale);
    if (!url) throw conflict("stripe.account.unavailable");
    return redirect(url);
  });
}

type Party = { id: string; name: string; kind: string; method: { label: string; savedOn: string } | null };

function PartyMethod({ party }: { party: Party }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className="space-y-2 border-t border-slate-200 py-4 first:border-t-0">
      <p className="font-semibold">
        {party.name}{" "}
        <span className="font-normal text-slate-600">
          ({t(party.kind === "person" ? "stripe.account.ownName" : "stripe.account.company")})
        </span>
      </p>
      <p>
        {party.method
          ? t("stripe.account.saved", { method: party.method.label, date: formatDay(party.method.savedOn as IsoDate, locale) })
          : t("stripe.account.none")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Form method="post">
          <input type="hidden" name="party" value={party.id} />
          <Button name="intent" value="add" small variant={party.method ? "secondary" : "primary"}>
            {party.method ? t("stripe.account.replace") : t("stripe.account.add")}
          </Button>
        </Form>
        {party.method ? (
          <Form method="post">
            <input type="hidden" name="party" value={party.id} />
            <Button name="intent" value="remove" small variant="danger">
              {t("stripe.account.remove")}
            </Button>
          </Form>
        ) : null}
      </div>
    </li>
  );
}

export default function AccountPayments() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [search] = useSearchParams();
  if (!data.configured) return <Notice>{t("stripe.account.off")}</Notice>;
  const parties: Party[] = data.hasOwnParty
    ? data.parties
    : [{ id: "self", name: t("stripe.account.ownName"), kind: "person", method: null }, ...data.parties];
  return (
    <div className="space-y-6">
      {search.has("opgeslagen") ? <Notice tone="success">{t("stripe.account.added")}</Notice> : null}
      {search.has("verwijderd") ? <Notice tone="success">{t("stripe.account.removed")}</Notice> : null}
      <ErrorSummary reply={reply} />
      <section className="card" aria-labelledby="methods-title">
        <h2 id="methods-title" className="text-xl font-bold">
          {t("stripe.account.title")}
        </h2>
        <p className="mt-1 text-slate-700">{t("stripe.account.intro")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("stripe.account.addHint")}</p>
        <ul className="mt-2">
          {parties.map((party) => (
            <PartyMethod key={party.id} party={party} />
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="payments-title">
        <h2 id="payments-title" className="text-xl font-bold">
          {t("stripe.account.payments")}
        </h2>
        {data.payments.length === 0 ? (
          <p className="py-4 text-slate-700">{t("stripe.account.noPayments")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="data-table">
              <caption className="sr-only">{t("stripe.account.payments")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("stripe.account.col.date")}</th>
                  <th scope="col">{t("stripe.account.col.invoice")}</th>
                  <th scope="col" className="text-right">
                    {t("stripe.account.col.amount")}
                  </th>
                  <th scope="col" className="hidden sm:table-cell">
                    {t("stripe.account.col.method")}
                  </th>
                  <th scope="col">{t("stripe.account.col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {data.payments.map((p) => (
                  <tr key={p.paymentIntentId}>
                    <td>{formatDay(p.date as IsoDate, locale, "short")}</td>
                    <td>
                      <Link to={`/invoices/${p.invoiceId}`}>{p.invoiceNumber}</Link>
                    </td>
                    <td className="text-right tabular-nums">{formatMoney(p.amountCents, locale)}</td>
                    <td className="hidden sm:table-cell">{p.method ? t(`stripe.account.method.${p.method}`) : ""}</td>
                    <td>{t(`stripe.account.status.${p.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
