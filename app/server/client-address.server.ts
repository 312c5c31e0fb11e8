import type { Express } from "express";

/**
 * Which address is the client's. With `hops` proxies in front of us, Express trusts the socket
 * peer and the hops-1 entries nearest to it in X-Forwarded-For, so `req.ip` is the entry `hops`
 * from the right: the address our own outermost proxy saw. Entries further left are whatever the
 * client wrote and are never believed (a numeric setting, never `true`, which would take the
 * left-most, client-controlled entry).
 */
export function trustProxyHops(app: Express, hops: number) {
  app.set("trust proxy", hops);
}
