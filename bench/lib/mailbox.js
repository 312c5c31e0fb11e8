// The benchmark's mailbox: a local SMTP server the app delivers to (SMTP_URL), so the benchmark
// can follow the links a person would get by email (the production outbox view hides them).
import { SMTPServer } from "smtp-server";

/** Undoes quoted-printable soft line breaks and escapes, enough to find a link in a body. */
function plain(raw) {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

export async function startMailbox() {
  const received = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), body: plain(raw) });
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** The first link to `to` whose path starts with `path`, waiting for the mail to arrive. */
    async link(to, path, timeoutMs = 30_000) {
      const started = Date.now();
      const pattern = new RegExp(`https?://[^\\s"<>]+${path}[^\\s"<>]+`);
      for (;;) {
        for (const mail of received) {
          const found = mail.to.includes(to.toLowerCase()) && mail.body.match(pattern);
          if (found) return found[0];
        }
        if (Date.now() - started > timeoutMs) throw new Error(`no ${path} link for ${to} in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
