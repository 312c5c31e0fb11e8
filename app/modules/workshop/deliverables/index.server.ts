// Deliverables on the server: handing in, reviewing, listing and downloading versions.
export {
  acceptedDeliverables,
  addDeliverable,
  addDeliverableVersion,
  deliverableDownload,
  deliverablesOf,
  reviewVersion,
  versionContent,
} from "./deliverables.server";
export * from "./index";
