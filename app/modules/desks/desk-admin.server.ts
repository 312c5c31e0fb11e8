import type { z } from "zod";
import type { Message } from "~/utils/errors";
import { archiveDesk, createArea, createDesk, restoreDesk, updateArea } from "./areas.server";
import type { desksFormSchema } from "./desks.schema";

/** Runs one of the forms on the desks page and says what happened. */
export async function runDeskAction(werkplaatsId: string, input: z.infer<typeof desksFormSchema>): Promise<Message> {
  switch (input.intent) {
    case "create-area": {
      const area = await createArea(werkplaatsId, input);
      return { key: "desksAdmin.areaCreated", vars: { area: area.name } };
    }
    case "update-area": {
      const area = await updateArea(werkplaatsId, input.areaId, input);
      return { key: "desksAdmin.areaSaved", vars: { area: area.name } };
    }
    case "create-desk": {
      const desk = await createDesk(werkplaatsId, input);
      return { key: "desksAdmin.deskCreated", vars: { desk: desk.label } };
    }
    case "archive-desk":
      return { key: "desksAdmin.deskArchived", vars: { desk: await archiveDesk(werkplaatsId, input.deskId) } };
    case "restore-desk":
      return { key: "desksAdmin.deskRestored", vars: { desk: await restoreDesk(werkplaatsId, input.deskId) } };
  }
}
