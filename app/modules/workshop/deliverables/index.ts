// Deliverables, client-safe: the forms and the file rules shown beside them.
export { deliverableExtensions, MAX_DELIVERABLE_BYTES } from "./deliverable-file";
export { newDeliverableSchema, newVersionSchema, reviewSchema, type ReviewInput } from "./deliverables.schema";
