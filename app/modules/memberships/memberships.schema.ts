import { z } from "zod";
import { id, optionalText, requiredText } from "~/utils/fields";
import { isoDate } from "~/utils/date-field";
import type { MembershipFilter } from "./queries.server";

/** Applying for a membership: plan, start date, billed to the company or to yourself. */
export const applySchema = z.object({
  planId: id(),
  startDate: isoDate(),
  billing: z.enum(["self", "company"], { error: "membership.errors.billing" }),
  motivation: optionalText(1000),
});
export type ApplyInput = z.infer<typeof applySchema>;

/**
 * What a member does on their own membership page: withdraw a pending application, or cancel
 * (after the page has shown the end date for the requested date, see previewCancellation).
 */
export const memberActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("cancel"), requestedEnd: isoDate() }),
]);

/** The date asked about in the cancellation preview (?cancelDate=…). */
export const cancelPreviewSchema = z.object({ cancelDate: isoDate().optional() });

/** The manager's actions on a membership page, told apart by their `intent` button. */
export const manageMembershipSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), deskId: id().optional() }),
  z.object({ intent: z.literal("decline"), reason: requiredText(1000) }),
  z.object({ intent: z.literal("change-plan"), planId: id(), effectiveOn: isoDate(), deskId: id().optional() }),
  z.object({ intent: z.literal("pause"), from: isoDate(), to: isoDate(), reason: optionalText(500) }),
  z.object({ intent: z.literal("assign-desk"), deskId: id(), from: isoDate(), to: isoDate().optional() }),
  z.object({ intent: z.literal("end-desk"), assignmentId: id(), lastDay: isoDate() }),
  z.object({ intent: z.literal("cancel"), requestedEnd: isoDate() }),
]);
export type ManageMembershipInput = z.infer<typeof manageMembershipSchema>;

/**
 * The member list's query (also the CSV exports', which link with the same query), read straight
 * into the list's filter: the address says `plan` and `company`, the filter `planId` and `companyId`.
 */
export const membershipFilterSchema = z
  .object({
    q: optionalText(100),
    plan: id().optional().catch(undefined),
    status: z.string().max(20).optional().catch(undefined),
    company: id().optional().catch(undefined),
    view: z.enum(["all", "pending", "ending"]).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
  })
  .transform(({ plan, company, ...rest }): MembershipFilter => ({ ...rest, planId: plan, companyId: company }));
