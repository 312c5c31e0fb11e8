// What other modules and routes may use of i18n on the server (with everything in index.ts).
export * from "./index";
