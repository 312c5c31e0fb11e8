// Werkplaats HTTP server. Everything lives in the compiled Remix build (app/server/start.server.ts),
// so the server and the routes share one database connection. Run `npm run build` first.
import { installRouterPatch } from "./scripts/router-branch-cache.js";

// Before the build loads the router: route matching cached per routes object (decision 055).
const routerPatch = installRouterPatch();
let build;
try {
  build = await import("./build/index.js");
} catch (error) {
  // Sessions and cookies read the environment while the build loads: a bad or missing variable
  // (SESSION_SECRET in production) is an operator's mistake, told in one line, not a stack trace.
  if (error?.name === "EnvError") {
    process.stderr.write(`Werkplaats cannot start: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
if (!routerPatch.applied()) {
  process.stderr.write("Werkplaats cannot start: the route-matching cache was not applied (decision 055).\n");
  process.exit(1);
}

await build.entry.module.startServer(build);
