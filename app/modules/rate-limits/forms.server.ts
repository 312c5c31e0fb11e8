import { tooMany } from "~/utils/errors";
import { take, tableLimiter, type TableLimiter, type Taken } from "./limiter.server";

/**
 * Limits for forms anyone can post that send mail or take capacity, per client and per target
 * address, per hour. A client is the account when someone is logged in, else the IP: a busy
 * werkplaats Wi-Fi shares one IP budget only among its anonymous visitors. The numbers are
 * far above what a person does and far below what took every place of an event in 20 s.
 */
export const FORM_LIMITS = {
  guestRegistration: { perClient: 30, perAddress: 10 },
  consultationBooking: { perClient: 10, perAddress: 3 },
  passwordReset: { perClient: 10, perAddress: 3 },
  signUp: { perClient: 20, perAddress: 3 },
  // Not anonymous, but anyone can sign up and then mail any address a confirmation link.
  emailChange: { perClient: 5, perAddress: 3 },
  // Public intake-type forms (requests for help from a business): one line each, see below.
  intake: { perClient: 10, perAddress: 3 },
} as const satisfies Record<string, { perClient: number; perAddress: number }>;

export type LimitedForm = keyof typeof FORM_LIMITS;
const WINDOW_SECONDS = 3600;

const limiters = new Map<LimitedForm, { client: TableLimiter; address: TableLimiter }>();
function limitersFor(form: LimitedForm) {
  let pair = limiters.get(form);
  if (!pair) {
    const policy = FORM_LIMITS[form];
    pair = {
      client: tableLimiter({ prefix: `form:${form}:client`, points: policy.perClient, seconds: WINDOW_SECONDS }),
      address: tableLimiter({ prefix: `form:${form}:address`, points: policy.perAddress, seconds: WINDOW_SECONDS }),
    };
    limiters.set(form, pair);
  }
  return pair;
}

function refuse(key: "limits.tooManyFromHere" | "limits.tooManyForAddress", taken: Taken) {
  const seconds = Math.max(1, Math.ceil(taken.msBeforeNext / 1000));
  return tooMany(key, { minutes: Math.max(1, Math.ceil(seconds / 60)) }, seconds);
}

/**
 * Counts one submission of `form` for this client and, when given, for the address it sends
 * mail to; throws a 429 DomainError (Dutch message, Retry-After) once either is over its limit.
 * Inside a submitForm command that becomes a 429 form reply that keeps what was typed:
 *
 *   await requireWithinLimit("intake", args.context, input.email);
 */
export async function requireWithinLimit(form: LimitedForm, who: { ip: string; user: { id: string } | null }, address?: string) {
  const { client, address: perAddress } = limitersFor(form);
  const byClient = await take(client, who.user ? `user:${who.user.id}` : `ip:${who.ip}`);
  if (!byClient.allowed) throw refuse("limits.tooManyFromHere", byClient);
  if (!address) return;
  const byAddress = await take(perAddress, address.trim().toLowerCase());
  if (!byAddress.allowed) throw refuse("limits.tooManyForAddress", byAddress);
}
