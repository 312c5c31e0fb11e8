import { z } from "zod";
import { id } from "~/utils/fields";

export const outboxFilterSchema = z.object({
  status: z.enum(["pending", "sent", "failed"]).optional().catch(undefined),
  before: z.iso.datetime({ offset: true }).optional().catch(undefined),
});

export const retrySchema = z.object({ messageId: id() });
