// i18n for server code: the words a page loads as a script, and everything client-safe.
export { serveMessages } from "./messages-script.server";
export { messagesScript } from "./words-scripts";
export * from "./index";
