import { invalid } from "~/utils/errors";
import { logger } from "~/utils/logger.server";
import { billingSettingsOf } from "../settings.server";
import { missingForIssue } from "../checklist";
import { SettingsIncomplete } from "../invoices.server";
import { issueMonth, previewMonth } from "./billing-run.server";
import { addOneOff, removeOneOff, setExcluded, startRun } from "./run-record.server";
import type { RunAction } from "./run.schema";

/**
 * What the manager does on the run's page. Issuing starts in the background and the page follows
 * the run record's progress; a server that dies halfway leaves nothing half-issued (each party
 * is one transaction) and the next press of the button issues what is missing.
 */
export async function runAction(werkplaatsId: string, actorId: string, input: RunAction) {
  switch (input.intent) {
    case "exclude":
    case "include":
      await setExcluded(werkplaatsId, input.month, input.partyKey, input.intent === "exclude");
      return;
    case "oneOff": {
      // Only a party of this werkplaats's preview: a key made up in the form never gets a line.
      const preview = await previewMonth(werkplaatsId, input.month);
      if (!preview.invoices.some((i) => i.party.key === input.partyKey)) throw invalid("billing.run.errors.unknownParty");
      await addOneOff(werkplaatsId, input.month, {
        partyKey: input.partyKey,
        description: input.description,
        unitCents: input.amount,
        btwRate: input.rate,
      });
      return;
    }
    case "removeOneOff":
      await removeOneOff(werkplaatsId, input.month, input.oneOffId);
      return;
    case "issue": {
      const missing = missingForIssue(await billingSettingsOf(werkplaatsId));
      if (missing.length > 0) throw new SettingsIncomplete(missing);
      await startRun(werkplaatsId, input.month, actorId, 0);
      void issueMonth(werkplaatsId, actorId, input.month).catch((error: unknown) =>
        logger.error("billing run failed", { werkplaatsId, month: input.month, error: (error as Error).message?.split("\n")[0] }),
      );
      return;
    }
  }
}
