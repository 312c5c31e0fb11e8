// The framework's own ceiling: a Remix app with one static route and nothing else,
// built the same way as Werkplaats (classic compiler, ESM, the same future flags), for `npm run bench`.
import werkplaats from "../../remix.config.js";

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  appDirectory: "app",
  assetsBuildDirectory: "../.tmp/ceiling-public/build",
  serverBuildPath: "../.tmp/ceiling-build/index.js",
  serverModuleFormat: werkplaats.serverModuleFormat,
  future: werkplaats.future,
};
