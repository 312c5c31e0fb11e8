// What other modules and routes may use of notifications on the server (with everything in index.ts).
export { createTransport, startMailWorker } from "./mailer.server";
export {
  attachmentsOf,
  enqueueMail,
  type MailAttachment,
  listOutbox,
  type MailTemplate,
  outboxCounts,
  outboxShowsTokenLinks,
  type OutboxStatus,
  retryMessage,
} from "./outbox.server";
export * from "./index";
