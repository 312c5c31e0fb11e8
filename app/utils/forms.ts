import type { Message } from "./errors";

/** What an action answers to a form: the errors to show and what the user typed, or success. */
export type FormReply =
  | {
      status: "error";
      fieldErrors: Record<string, Message[]>;
      formErrors: Message[];
      /** What the user submitted (never passwords), so the form keeps it after an error. */
      values: Record<string, string>;
    }
  | { status: "success"; message?: Message };

export function isErrorReply(reply: unknown): reply is Extract<FormReply, { status: "error" }> {
  return typeof reply === "object" && reply !== null && (reply as FormReply).status === "error";
}
