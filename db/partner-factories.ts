import { createAgreement, createPartner, type AgreementInput, type PartnerInput } from "../app/modules/partners/index.server";

/** Builders for partners and their agreements, shared by the tests and the demo seed. */

export function makePartner(werkplaatsId: string, overrides: Partial<PartnerInput> = {}) {
  return createPartner(werkplaatsId, {
    intent: "partner",
    name: "Regiobank Drechtsteden",
    kind: "bank",
    website: "https://regiobank.example",
    email: "sponsoring@regiobank.example",
    street: "Spuiboulevard 1",
    postalCode: "3311 GR",
    city: "Dordrecht",
    published: true,
    ...overrides,
  });
}

/** A cash agreement for a calendar year, invoiced monthly, €12,000 a year unless told otherwise. */
export function makeAgreement(werkplaatsId: string, partnerId: string, overrides: Partial<AgreementInput> = {}) {
  return createAgreement(werkplaatsId, null, partnerId, {
    intent: "agreement",
    title: "Hoofdpartner",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    yearly: 12_000_00,
    form: "cash",
    schedule: "monthly",
    customDates: [],
    returns: "Logo op de website en in de werkplaats",
    ...overrides,
  });
}
