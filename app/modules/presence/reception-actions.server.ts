import type { z } from "zod";
import { findUserByEmail, getUser } from "~/modules/auth/index.server";
import { translate, type Locale } from "~/modules/i18n";
import type { Message } from "~/utils/errors";
import { checkInByCode, checkInPerson, checkOut } from "./checkins.server";
import { issueDayPass } from "./day-passes.server";
import { payDayPassAtDesk } from "./day-pass-sales.server";
import type { receptionFormSchema } from "./presence.schema";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

/** Runs a reception form (check someone in or out, sell a walk-in guest a day pass, take payment for one). */
export async function receptionAction(
  werkplaats: { id: string; name: string },
  staffId: string,
  input: z.infer<typeof receptionFormSchema>,
  locale: Locale,
): Promise<Message> {
  switch (input.intent) {
    case "checkin-member": {
      await checkInPerson(werkplaats.id, input.userId, "reception", staffId);
      return { key: "reception.checkedIn", vars: { name: (await getUser(input.userId))?.name ?? "" } };
    }
    case "checkin-code":
      return { key: "reception.checkedIn", vars: { name: await checkInByCode(werkplaats.id, input.code, staffId) } };
    case "checkout":
      await checkOut(werkplaats.id, input.checkInId);
      return { key: "reception.checkedOut" };
    case "walk-in": {
      // Someone standing at the desk: the pass, the payment (when they pay now) and the check-in
      // as one transaction. A refused payment or check-in undoes the sale, so the desk never
      // leaves an unpaid pass (and its invoice) behind that the guest did not agree to.
      const account = await findUserByEmail(input.email);
      const now = new Date();
      const pass = await db.transaction(async (tx) => {
        const issued = await issueDayPass(
          werkplaats,
          { userId: account?.id ?? null, name: input.name, email: input.email, locale: (account?.locale as Locale | undefined) ?? locale },
          { day: todayIn(now), areaId: input.areaId },
          { issuedBy: staffId, now, outer: tx },
        );
        if (input.payment) await payDayPassAtDesk(werkplaats.id, staffId, issued.id, input.payment, now, tx);
        await checkInByCode(werkplaats.id, issued.code, staffId, now, tx);
        return issued;
      });
      const vars = { name: input.name, code: pass.code, area: pass.areaName };
      return input.payment
        ? { key: "reception.issuedPaid", vars: { ...vars, method: translate(locale, `reception.method.${input.payment}`) } }
        : { key: "reception.issuedUnpaid", vars };
    }
    case "pay-pass":
      return {
        key: "reception.paid",
        vars: {
          name: await payDayPassAtDesk(werkplaats.id, staffId, input.dayPassId, input.method),
          method: translate(locale, `reception.method.${input.method}`),
        },
      };
  }
}
