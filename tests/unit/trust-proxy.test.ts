import express from "express";
import { describe, expect, it } from "vitest";
import { trustProxyHops } from "~/server/client-address.server";
import { EnvError, parseEnv } from "~/utils/env.server";

/** The client address Express works out for a request, with TRUST_PROXY as the app configures it. */
function clientIp(trustProxy: string | undefined, forwardedFor: string | undefined, peer = "10.0.0.2") {
  const app = express();
  trustProxyHops(app, parseEnv({ TRUST_PROXY: trustProxy }).TRUST_PROXY);
  const req = Object.create(app.request, {
    headers: { value: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} },
    connection: { value: { remoteAddress: peer } },
    socket: { value: { remoteAddress: peer } },
  }) as express.Request;
  return req.ip;
}

describe("TRUST_PROXY", () => {
  // The attacker writes the left part of X-Forwarded-For; the proxy appends the address it saw.
  const spoofed = "6.6.6.6, 203.0.113.7";

  it("unset or false: X-Forwarded-For is ignored, the connection's address counts", () => {
    expect(clientIp(undefined, spoofed)).toBe("10.0.0.2");
    expect(clientIp("false", spoofed)).toBe("10.0.0.2");
    expect(clientIp("0", spoofed)).toBe("10.0.0.2");
  });

  it("1 (and its alias true): the address one hop from the right, never the left-most", () => {
    expect(clientIp("1", spoofed)).toBe("203.0.113.7");
    expect(clientIp("true", spoofed)).toBe("203.0.113.7");
    expect(clientIp("true", "203.0.113.7")).toBe("203.0.113.7");
  });

  it("2: two proxies (e.g. a load balancer and nginx), the address two hops from the right", () => {
    expect(clientIp("2", "6.6.6.6, 203.0.113.7, 10.0.0.9")).toBe("203.0.113.7");
  });

  it("refuses anything else with a clear start-up message", () => {
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(EnvError);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY: must be the number of proxy hops/);
  });
});
