import type { z } from "zod";
import { findUserByEmail, getUser } from "~/modules/auth/index.server";
import { translate, type Locale } from "~/modules/i18n";
import type { Message } from "~/utils/errors";
import { checkInByCode, checkInPerson, checkOut } from "./checkins.server";
import { issueDayPass } from "./day-passes.server";
import { payDayPassAtDesk } from "./day-pass-sales.server";
import type { receptionFormSchema } from "./presence.schema";
import { todayIn } from "~/utils/zoned-time";

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
      // in one go. Each step commits on its own: if paying fails the pass stays, unpaid, and the
      // guest is still let in, as the reception may do with an unpaid pass.
      const account = await findUserByEmail(input.email);
      const pass = await issueDayPass(
        werkplaats,
        { userId: account?.id ?? null, name: input.name, email: input.email, locale: (account?.locale as Locale | undefined) ?? locale },
        { day: todayIn(), areaId: input.areaId },
        { issuedBy: staffId },
      );
      if (input.payment) await payDayPassAtDesk(werkplaats.id, staffId, pass.id, input.payment);
      await checkInByCode(werkplaats.id, pass.code, staffId);
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
