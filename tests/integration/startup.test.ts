import { describe, expect, it } from "vitest";
import { runToExit, serverEnv } from "../support/server-process";

describe("starting the server", () => {
  it("in production without SESSION_SECRET says so in one line and exits, without a stack trace", async () => {
    const { code, stdout, stderr } = await runToExit(
      ["server.js"],
      serverEnv({ NODE_ENV: "production", PGLITE_DIR: "/nonexistent/never-opened" }),
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "Werkplaats cannot start: invalid environment: SESSION_SECRET: is required in production (at least 32 characters)\n",
    );
  });

  it("names every bad variable on that one line", async () => {
    const { code, stderr } = await runToExit(["server.js"], serverEnv({ PORT: "seventy", SMTP_URL: "http://mail" }));
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Werkplaats cannot start: invalid environment: .*PORT.*SMTP_URL/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
