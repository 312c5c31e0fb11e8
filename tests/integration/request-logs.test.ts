import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshServerDatabase, serverEnv, startServerProcess, type ServerProcess } from "../support/server-process";

// The client's mistakes (4xx) are logged at info or warn; error is kept for our own (5xx).
let server: ServerProcess;
let drop: () => Promise<void>;

beforeAll(async () => {
  const database = await freshServerDatabase({ demo: true });
  drop = database.drop;
  server = await startServerProcess(serverEnv({ ...database.env, SEED_DEMO: "true" }));
}, 270_000);

afterAll(async () => {
  await server?.stop();
  await drop?.();
});

const logLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { level: string; msg: string; status?: number; requestId?: string; path?: string });

describe("request logs", () => {
  it("logs 4xx answers at info or warn, with the request id, and none at error", async () => {
    const origin = { Origin: server.url };
    const answers = [
      await fetch(`${server.url}/terms`, { method: "POST", headers: origin, body: new URLSearchParams({ x: "1" }) }), // 405: no action
      await fetch(`${server.url}/bestaat-niet`), // 404
      await fetch(`${server.url}/tickets/%00`), // 400: NUL in the URL
      await fetch(`${server.url}/login`, { method: "POST", headers: { ...origin, "Content-Type": "application/json" }, body: "{}" }), // 400
      await fetch(`${server.url}/login`, { method: "POST", body: new URLSearchParams({ email: "x" }) }), // 403: cross-site
    ];
    expect(answers.map((a) => a.status)).toEqual([405, 404, 400, 400, 403]);
    await new Promise((r) => setTimeout(r, 200));
    const lines = logLines(server.stdout() + server.stderr());
    expect(lines.filter((l) => l.level === "error")).toEqual([]);
    const requests = lines.filter((l) => l.msg === "request" && (l.status ?? 0) >= 400);
    expect(requests.map((l) => l.status).sort()).toEqual([400, 400, 403, 404, 405]);
    for (const line of requests) {
      expect(["info", "warn"]).toContain(line.level);
      expect(line.requestId).toMatch(/^[\w-]{8,}$/);
    }
  });
});
