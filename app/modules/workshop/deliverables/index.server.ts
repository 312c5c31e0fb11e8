// Deliverables on the server: handing in, reviewing, listing and downloading versions.
export {
  acceptedDeliverables,
  addDeliverable,
  addDeliverableVersion,
  deliverableDownload,
  deliverablesOf,
  reviewVersion,
} from "./deliverables.server";
export * from "./index";
