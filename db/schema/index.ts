export * from "./werkplaats";
export * from "./auth";
export * from "./roles";
export * from "./notifications";
export * from "./rooms";
export * from "./events";
