// Import rules that fail `npm run lint`. What each rule protects: docs/decisions/035-lint-and-boundaries.md.
// Paths are relative to the repository root; `~/` and `#db/` resolve through tsconfig.json.

/**
 * A module's public face: what code outside app/modules/<m>/ may import. Its words
 * (messages.ts, or <part>-messages.ts where a module has many) are for the i18n dictionary.
 */
const ENTRY_FILES = "(index\\.server\\.ts|index\\.ts|[a-z-]*messages\\.ts|[a-z-]+/[a-z-]*messages\\.ts)$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "A cycle makes two files one unit that can only be understood, tested and moved together.",
      from: { path: "^(app|db)/" },
      to: { circular: true },
    },
    {
      name: "no-database-in-routes-and-components",
      severity: "error",
      comment: "Routes translate HTTP and components draw: queries belong in a module's *.server.ts.",
      from: { path: "^app/(routes|components)/" },
      to: { path: ["(^|/)node_modules/drizzle-orm/", "^db/", "^app/utils/db\\.server\\."] },
    },
    {
      name: "no-module-internals-from-another-module",
      severity: "error",
      comment: "Another module may use only this module's entry files; everything else is free to change.",
      from: { path: "^app/modules/([^/]+)/" },
      to: { path: `^app/modules/[^/]+/`, pathNot: [`^app/modules/$1/`, `^app/modules/[^/]+/${ENTRY_FILES}`] },
    },
    {
      name: "no-module-internals-from-outside-modules",
      severity: "error",
      comment: "Routes, components, utils, db and scripts use a module only through its entry files (tests may reach in).",
      from: { pathNot: ["^app/modules/[^/]+/", "^tests/"] },
      to: { path: "^app/modules/[^/]+/", pathNot: `^app/modules/[^/]+/${ENTRY_FILES}` },
    },
    {
      name: "no-app-in-db-schema",
      severity: "error",
      comment: "The schema is the bottom layer: drizzle-kit, migrations and seeds load it without the app.",
      from: { path: "^db/schema/" },
      to: { path: "^app/" },
    },
    {
      name: "no-server-code-in-client-files",
      severity: "error",
      comment:
        "A file without .server in its name can end up in the browser bundle; server code there leaks secrets or breaks the build. " +
        "Route modules are split by the Remix compiler (loader and action stay on the server), and type imports are erased.",
      from: {
        path: "^app/",
        pathNot: ["\\.server\\.[jt]sx?$", "^app/routes/", "^app/root\\.tsx$"],
      },
      to: { path: "\\.server(\\.[jt]sx?$|/)", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^build/", "^public/build/", "^\\.cache/", "^db/migrations/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
