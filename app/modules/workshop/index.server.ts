// What other modules and routes may use of the Digitale Werkplaats on the server (with everything in index.ts).
export * from "./experts/index.server";
export * from "./index";
