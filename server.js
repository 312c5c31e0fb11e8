// Werkplaats HTTP server. Everything lives in the compiled Remix build (app/server/start.server.ts),
// so the server and the routes share one database connection. Run `npm run build` first.
import * as build from "./build/index.js";

await build.entry.module.startServer(build);
