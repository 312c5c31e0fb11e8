// The framework's own ceiling: a Remix app with one static route and nothing else,
// built the same way as Werkplaats (classic compiler, ESM), for `npm run bench`.
/** @type {import('@remix-run/dev').AppConfig} */
export default {
  appDirectory: "app",
  assetsBuildDirectory: "../.tmp/ceiling-public/build",
  serverBuildPath: "../.tmp/ceiling-build/index.js",
  serverModuleFormat: "esm",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
