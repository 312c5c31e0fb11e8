import { useEffect, useRef } from "react";
import type { FormReply } from "~/utils/forms";

/**
 * A form that makes something new (an invitation, a milestone, a deliverable, hours) empties
 * itself once the action says it worked, so the next press does not send the same thing again.
 * Only the form that was sent is cleared: another half-filled form on the page keeps its input.
 * Without JavaScript the page comes back from the server with the fields at their defaults anyway.
 */
export function useClearedOnSuccess(reply: FormReply | null | undefined) {
  const ref = useRef<HTMLFormElement>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (!reply) return;
    if (sent.current && reply.status === "success") ref.current?.reset();
    sent.current = false;
  }, [reply]);
  return {
    ref,
    onSubmit: () => {
      sent.current = true;
    },
  };
}
