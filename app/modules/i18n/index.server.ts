// i18n for server code: the words a page loads as a script, and everything client-safe.
export { messagesScript, serveMessages } from "./messages-script.server";
export * from "./index";
