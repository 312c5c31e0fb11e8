import { invoicesOfMember } from "~/modules/billing/index.server";
import { notFound } from "~/utils/errors";
import { TIME_ZONE } from "~/utils/zoned-time";
import { inKindList } from "../costs/costs.server";
import { agreementsOfPartner } from "./agreements.server";
import { partnersOfContact } from "./partners.server";

type Contact = { id: string; email: string };

/**
 * What a partner's contact sees of their own partner: its agreements (committed, invoiced,
 * received, each with the activities it supports and their reach), the invoices sent to it (the
 * billing module's own list of what this person may read and pay, narrowed to this partner's
 * party) and what it gave in kind. A partner the person is not a contact of is not found, so
 * another partner's id tells nothing.
 */
export async function partnerHome(werkplaatsId: string, contact: Contact, partnerId: string, zone = TIME_ZONE) {
  const partner = (await partnersOfContact(werkplaatsId, contact.email)).find((p) => p.id === partnerId);
  if (!partner) throw notFound();
  const [agreements, invoices, inKind] = await Promise.all([
    agreementsOfPartner(werkplaatsId, partnerId, zone),
    invoicesOfMember(werkplaatsId, contact.id),
    inKindList(werkplaatsId, partnerId),
  ]);
  const own = invoices.invoices.filter((i) => partner.partyId !== null && i.partyId === partner.partyId);
  return {
    partner: { id: partner.id, name: partner.name, kind: partner.kind, website: partner.website },
    agreements,
    invoices: own,
    invoiceTotals: {
      // A credit note takes its amount back, as the billing module's own totals do.
      grossCents: own.reduce((s, i) => s + (i.kind === "credit_note" ? -i.grossCents : i.grossCents), 0),
      paidCents: own.reduce((s, i) => s + i.paidCents, 0),
      dueCents: own.reduce((s, i) => s + i.dueCents, 0),
    },
    inKind,
  };
}

/** The partners a person speaks for, for their start page and menu: usually one. */
export async function partnersOfPerson(werkplaatsId: string, email: string) {
  return (await partnersOfContact(werkplaatsId, email)).map((p) => ({ id: p.id, name: p.name }));
}
