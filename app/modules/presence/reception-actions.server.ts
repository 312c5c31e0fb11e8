import type { z } from "zod";
import { findUserByEmail, getUser } from "~/modules/auth/index.server";
import type { Locale } from "~/modules/i18n";
import type { Message } from "~/utils/errors";
import { checkInByCode, checkInPerson, checkOut } from "./checkins.server";
import { issueDayPass } from "./day-passes.server";
import type { receptionFormSchema } from "./presence.schema";
import { todayIn } from "~/utils/zoned-time";

/** Runs a reception form (check someone in or out, or issue a day pass to a walk-in guest). */
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
      const account = await findUserByEmail(input.email);
      const pass = await issueDayPass(
        werkplaats,
        { userId: account?.id ?? null, name: input.name, email: input.email, locale: (account?.locale as Locale | undefined) ?? locale },
        { day: todayIn(), areaId: input.areaId },
        { issuedBy: staffId },
      );
      return { key: "reception.issued", vars: { name: input.name, code: pass.code, area: pass.areaName } };
    }
  }
}
