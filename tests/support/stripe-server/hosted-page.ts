import type Stripe from "stripe";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The test server's stand-in for Stripe's hosted Checkout page: what is paid, and two buttons a
 * browser test clicks — "Betalen met iDEAL" (the bank says yes) and "Mislukt" (back to the shop).
 */
export function hostedPage(session: Stripe.Checkout.Session, lineName: string): string {
  const amount = ((session.amount_total ?? 0) / 100).toFixed(2).replace(".", ",");
  const open = session.status === "open";
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test-betaalpagina</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}button{display:block;width:100%;padding:.8rem;margin:.5rem 0;font-size:1rem}</style></head>
<body>
<p><strong>Testmodus</strong> — lokale Stripe-testserver</p>
<h1>${escapeHtml(lineName || "Betaling")}</h1>
<p>Te betalen: <strong>€ ${amount}</strong></p>
${
  open
    ? `<form method="post" action="/pay/${session.id}/ideal"><button type="submit">Betalen met iDEAL</button></form>
<form method="post" action="/pay/${session.id}/card"><button type="submit">Betalen met kaart</button></form>
<form method="post" action="/pay/${session.id}/fail"><button type="submit">Mislukt</button></form>`
    : `<p>Deze betaalsessie is ${escapeHtml(session.status ?? "")}.</p>`
}
</body></html>`;
}
