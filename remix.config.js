/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // Server-only packages stay external: PGlite loads its WASM from its own folder,
  // argon2 is a native addon. `#i18n/tables` is our own file, picked per build by package.json
  // "imports" (the browser gets one language, the server both): bundled, not left for Node.
  serverDependenciesToBundle: ["#i18n/tables"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
