import { detachCall, setupCheckoutCall, setupSessionHandlers } from "./account/index.server";
import { collectionCall, methodHandlers } from "./collections/index.server";
import { customerCall } from "./customers.server";
import { disputeHandlers, invoiceCheckoutCall, invoiceCheckoutHandlers, invoicePaymentHandlers } from "./invoices/index.server";
import { payoutHandlers } from "./payouts/index.server";
import { refundCall, refundHandlers } from "./refunds/index.server";
import {
  dayPassHandlers,
  holdRefundCall,
  paymentRequestHandlers,
  purchaseCheckoutCall,
  strippenkaartHandlers,
  ticketHandlers,
} from "./purchases/index.server";
import type { StripeCallKind, StripeEventHandler } from "./types";

/**
 * Everything that acts on a Stripe webhook, and every kind of queued call: one line per part of
 * the app that uses Stripe. The dispatcher (events.server.ts) and the call runner (calls.server.ts)
 * read these lists and never change when a part is added. Nothing a part imports may import this
 * file (dependency-cruiser refuses the cycle): the worker and the webhook dispatcher read it.
 */
export function stripeEventHandlers(): StripeEventHandler[] {
  return [
    ...invoicePaymentHandlers,
    ...disputeHandlers,
    ...invoiceCheckoutHandlers,
    ...methodHandlers,
    ...setupSessionHandlers,
    ...refundHandlers,
    ...ticketHandlers,
    ...dayPassHandlers,
    ...strippenkaartHandlers,
    ...paymentRequestHandlers,
    ...payoutHandlers,
  ];
}

export function stripeCallKinds(): StripeCallKind[] {
  return [
    customerCall,
    invoiceCheckoutCall,
    purchaseCheckoutCall,
    collectionCall,
    refundCall,
    holdRefundCall,
    setupCheckoutCall,
    detachCall,
  ];
}
