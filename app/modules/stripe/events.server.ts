import { desc, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { stripeEvents, werkplaatsen } from "#db/schema";
import { db } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { stripeClient, webhookSecret } from "./client.server";
import { stripeEventHandlers } from "./registry.server";
import type { StripeEventHandler } from "./types";

/** What the webhook endpoint answers Stripe. */
export type WebhookOutcome =
  | { status: 400; reason: "signature" }
  | { status: 200; outcome: "handled" | "ignored" | "duplicate" }
  | { status: 500; outcome: "failed" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type EventObject = { id?: string; metadata?: Record<string, string> | null };
const objectOf = (event: Stripe.Event) => event.data.object as EventObject;

/** The handlers for an event: its type, and (when a handler names one) the kind in the object's metadata. */
export function handlersFor(event: Stripe.Event, handlers: StripeEventHandler[] = stripeEventHandlers()): StripeEventHandler[] {
  const kind = objectOf(event).metadata?.kind;
  return handlers.filter((h) => h.type === event.type && (h.kind === undefined || h.kind === kind));
}

/** The werkplaats the object's metadata names, when it is one that exists (metadata is only a claim). */
async function werkplaatsOf(event: Stripe.Event): Promise<string | null> {
  const id = objectOf(event).metadata?.werkplaatsId;
  if (!id || !UUID.test(id)) return null;
  const [row] = await db.select({ id: werkplaatsen.id }).from(werkplaatsen).where(eq(werkplaatsen.id, id));
  return row?.id ?? null;
}

/**
 * One delivery of a webhook. The signature is checked with the SDK first (a bad one: 400, nothing
 * stored). The event is stored by its id before anything acts on it; then, with its row locked,
 * the handlers act in the same transaction that marks it handled. A second delivery of the same
 * event — a replay days later, or fifty at once — waits for that lock, finds it handled and only
 * answers 200. A handler that throws leaves the event stored as failed and answers 500, so Stripe
 * delivers it again; an event nobody handles (an object we do not know) is stored and answered 200.
 */
export async function receiveStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookOutcome> {
  let event: Stripe.Event;
  try {
    if (!signature) return { status: 400, reason: "signature" };
    event = stripeClient().webhooks.constructEvent(rawBody, signature, webhookSecret());
  } catch {
    return { status: 400, reason: "signature" };
  }
  const werkplaatsId = await werkplaatsOf(event);
  await db
    .insert(stripeEvents)
    .values({
      id: event.id,
      type: event.type,
      objectId: objectOf(event).id ?? "",
      werkplaatsId,
      livemode: event.livemode,
      createdAt: new Date(event.created * 1000),
      payload: event as unknown as Record<string, unknown>,
    })
    .onConflictDoNothing();
  try {
    return await db.transaction(async (tx) => {
      const [stored] = await tx.select().from(stripeEvents).where(eq(stripeEvents.id, event.id)).for("update");
      if (stored!.handledAt) return { status: 200, outcome: "duplicate" } as const;
      const handlers = handlersFor(event);
      for (const handler of handlers) await handler.handle(tx, event);
      const outcome = handlers.length > 0 ? "handled" : "ignored";
      await tx
        .update(stripeEvents)
        .set({ handledAt: sql`now()`, outcome, lastError: null, attempts: sql`${stripeEvents.attempts} + 1` })
        .where(eq(stripeEvents.id, event.id));
      return { status: 200, outcome } as const;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error("stripe webhook failed", { eventId: event.id, type: event.type, error: message });
    await db
      .update(stripeEvents)
      .set({ outcome: "failed", lastError: message.slice(0, 1000), attempts: sql`${stripeEvents.attempts} + 1` })
      .where(eq(stripeEvents.id, event.id));
    return { status: 500, outcome: "failed" };
  }
}

/** When the last webhook arrived (any werkplaats: Stripe has one endpoint for the app), for /admin/billing. */
export async function lastWebhookAt(): Promise<Date | null> {
  const [row] = await db.select({ at: stripeEvents.receivedAt }).from(stripeEvents).orderBy(desc(stripeEvents.receivedAt)).limit(1);
  return row?.at ?? null;
}
