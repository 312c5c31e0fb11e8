import nodemailer, { type Transporter } from "nodemailer";
import { env } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { attachmentsOf, claimDueMessages, markFailed, markSent } from "./outbox.server";

/** A pooled SMTP transport: a burst of mail reuses a few connections instead of one each. */
export function createTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  return nodemailer.createTransport(url.toString());
}

/** Sends what is due once. Returns how many were sent and how many failed. */
export async function deliverDueMessages(transport: Transporter, from = env().MAIL_FROM, batch = 20) {
  const messages = await claimDueMessages(batch);
  const attachments = await attachmentsOf(messages.map((m) => m.id));
  let sent = 0;
  let failed = 0;
  for (const message of messages) {
    try {
      await transport.sendMail({
        from,
        to: message.toAddress,
        subject: message.subject,
        text: message.bodyText,
        headers: { "X-Werkplaats-Message-Id": message.id },
        attachments: (attachments.get(message.id) ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content),
        })),
      });
      await markSent(message.id);
      sent++;
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn("mail delivery failed", { messageId: message.id, attempt: message.attempts + 1, reason });
      await markFailed(message, reason);
    }
  }
  return { sent, failed };
}

/** Polls the outbox until stopped; returns a stop function that waits for the current round. */
export function startMailWorker(transport: Transporter, pollMs = env().OUTBOX_POLL_MS) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  const tick = () => {
    running = (async () => {
      try {
        // Keep going while full batches come back, so a burst drains quickly.
        for (;;) {
          const { sent, failed } = await deliverDueMessages(transport);
          if (stopped || sent + failed < 20) break;
        }
      } catch (error) {
        logger.error("mail worker round failed", { error });
      }
      if (!stopped) timer = setTimeout(tick, pollMs);
    })();
  };
  tick();

  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    transport.close();
  };
}
