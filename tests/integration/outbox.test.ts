import { eq, inArray } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxMessages } from "#db/schema";
import { makeWerkplaats } from "#db/factories";
import { createTransport, deliverDueMessages, startMailWorker } from "~/modules/notifications/mailer.server";
import { claimDueMessages, enqueueMail, MAX_ATTEMPTS, retryMessage } from "~/modules/notifications/outbox.server";
import { db } from "~/utils/db.server";

/** A real SMTP server on 127.0.0.1 that records what it receives and can be told to refuse. */
function startSmtp() {
  const received: { to: string[]; raw: string }[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        if (refuse) return callback(Object.assign(new Error("451 try again later"), { responseCode: 451 }));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  return new Promise<{ url: string; received: typeof received; setRefuse: (v: boolean) => void; close: () => Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address() as { port: number };
      resolve({
        url: `smtp://127.0.0.1:${address.port}`,
        received,
        setRefuse: (v) => (refuse = v),
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let transport: ReturnType<typeof createTransport>;
let werkplaatsId: string;

beforeAll(async () => {
  smtp = await startSmtp();
  transport = createTransport(smtp.url);
  werkplaatsId = (await makeWerkplaats()).id;
});
afterAll(async () => {
  transport.close();
  await smtp.close();
});

async function queue(to: string) {
  return enqueueMail(db, {
    werkplaatsId,
    to,
    locale: "nl",
    template: "mail.welcome",
    vars: { name: "Sanne", werkplaats: "DOC", link: "http://x/login" },
  });
}
const row = async (id: string) => (await db.select().from(outboxMessages).where(eq(outboxMessages.id, id)))[0]!;

describe("outbox delivery", () => {
  it("delivers a queued message over SMTP and marks it sent", async () => {
    const id = await queue("sanne@example.nl");
    const result = await deliverDueMessages(transport, "DOC <noreply@doc.test>");
    expect(result).toEqual({ sent: 1, failed: 0 });
    const mail = smtp.received.find((m) => m.to.includes("sanne@example.nl"))!;
    expect(mail.raw).toContain("Subject: Welkom bij DOC");
    expect(mail.raw.toLowerCase()).toContain(`x-werkplaats-message-id: ${id}`);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  it("sends the attachments queued with a message, byte for byte", async () => {
    const pdf = Buffer.from("%PDF-1.3\n\u0000binary\u00ff", "latin1");
    const id = await enqueueMail(db, {
      werkplaatsId,
      to: "boekhouding@example.nl",
      locale: "nl",
      template: "mail.welcome",
      vars: { name: "Sanne", werkplaats: "DOC", link: "http://x/login" },
      attachments: [
        { filename: "DOC-2026-00001.pdf", contentType: "application/pdf", content: pdf },
        { filename: "DOC-2026-00001.xml", contentType: "application/xml; charset=utf-8", content: "<Invoice/>" },
      ],
    });
    expect(await deliverDueMessages(transport)).toEqual({ sent: 1, failed: 0 });
    const mail = smtp.received.find((m) => m.to.includes("boekhouding@example.nl"))!;
    expect(mail.raw).toContain("filename=DOC-2026-00001.pdf");
    expect(mail.raw).toContain("filename=DOC-2026-00001.xml");
    expect(mail.raw).toContain(pdf.toString("base64"));
    expect(mail.raw).toContain(Buffer.from("<Invoice/>").toString("base64"));
    expect(await row(id)).toMatchObject({ status: "sent" });
  });

  it("keeps a refused message, retries it with backoff and sends it once SMTP accepts", async () => {
    smtp.setRefuse(true);
    const id = await queue("retry@example.nl");
    expect(await deliverDueMessages(transport)).toEqual({ sent: 0, failed: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.lastError).toContain("try again later");
    expect(+failed.nextAttemptAt - Date.now()).toBeGreaterThan(20_000);

    // Not due yet: nothing is sent.
    smtp.setRefuse(false);
    expect(await deliverDueMessages(transport)).toEqual({ sent: 0, failed: 0 });
    await db
      .update(outboxMessages)
      .set({ nextAttemptAt: new Date(Date.now() - 1) })
      .where(eq(outboxMessages.id, id));
    expect(await deliverDueMessages(transport)).toEqual({ sent: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("parks a message as failed after the last attempt, never deleting it, and a manager can retry", async () => {
    smtp.setRefuse(true);
    const id = await queue("parked@example.nl");
    await db
      .update(outboxMessages)
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where(eq(outboxMessages.id, id));
    await deliverDueMessages(transport);
    expect(await row(id)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    smtp.setRefuse(false);
    await retryMessage(werkplaatsId, id);
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 0 });
    await deliverDueMessages(transport);
    expect((await row(id)).status).toBe("sent");
  });

  it("never hands the same message to two workers claiming at once", async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => queue(`claim${i}@example.nl`)));
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimDueMessages(10)));
    const claimed = claims.flat().map((m) => m.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
  });

  it("claims a mail someone waits for at the screen before a backlog of older mail", async () => {
    const backlog = await Promise.all(Array.from({ length: 25 }, (_, i) => queue(`backlog${i}@example.nl`)));
    const verify = await enqueueMail(db, {
      werkplaatsId,
      to: "waiting@example.nl",
      locale: "nl",
      template: "mail.verify",
      vars: { name: "Sanne", werkplaats: "DOC", link: "http://x/verify-email/abc" },
    });
    // The backlog is older: without the rule the verification link would come 26th.
    await db
      .update(outboxMessages)
      .set({ nextAttemptAt: new Date(Date.now() - 60_000) })
      .where(inArray(outboxMessages.id, backlog));
    const first = (await claimDueMessages(5)).map((m) => m.id);
    expect(first).toHaveLength(5);
    expect(first).toContain(verify);
    expect(first.filter((id) => backlog.includes(id))).toHaveLength(4);
    // The rest of the backlog is still delivered, oldest first, by later rounds.
    const rest = (await claimDueMessages(100)).map((m) => m.id);
    expect(rest.filter((id) => backlog.includes(id))).toHaveLength(21);
  });

  it("the worker drains the queue and stops cleanly", async () => {
    await db
      .update(outboxMessages)
      .set({ nextAttemptAt: new Date(Date.now() - 1) })
      .where(eq(outboxMessages.status, "pending"));
    const id = await queue("worker@example.nl");
    const stop = startMailWorker(createTransport(smtp.url), 50);
    for (let i = 0; i < 100 && (await row(id)).status !== "sent"; i++) await new Promise((r) => setTimeout(r, 50));
    await stop();
    expect((await row(id)).status).toBe("sent");
  });
});
