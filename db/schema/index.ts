export * from "./werkplaats";
export * from "./auth";
export * from "./roles";
export * from "./notifications";
