import { randomBytes } from "node:crypto";
import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { z } from "zod";
import { consultationSlots, users } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import { whenText } from "~/utils/when-text";
import { weeklyOccurrences } from "~/utils/recurrence";
import { db, pgErrorOf, PG } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { minutesOf, wallClock } from "~/utils/zoned-time";
import type { bookSlotSchema, publishSlotsSchema } from "./consultations.schema";
import { isUuid } from "~/utils/ids";

type Werkplaats = { id: string; name: string };

const timeAfter = (time: string, minutes: number) => wallClock(0, minutesOf(time) + minutes);

/**
 * A host (staff or an expert member) publishes consultation hours: `count` back-to-back slots
 * from the start time, every week for `weeks` weeks. A host cannot overlap their own slots.
 */
export async function publishSlots(werkplaatsId: string, hostId: string, input: z.infer<typeof publishSlotsSchema>, now = new Date()) {
  if (minutesOf(input.startTime) + input.count * input.slotMinutes > 24 * 60)
    throw invalid("consultations.error.pastMidnight", undefined, "count");
  const seriesId = randomUUID();
  const rows = [];
  for (let i = 0; i < input.count; i++) {
    const startTime = timeAfter(input.startTime, i * input.slotMinutes);
    const endTime = timeAfter(input.startTime, (i + 1) * input.slotMinutes);
    for (const o of weeklyOccurrences({ date: input.date, startTime, endTime, weeks: input.weeks })) {
      if (o.start <= now) throw invalid("bookings.error.inPast", undefined, "date");
      rows.push({ werkplaatsId, hostId, topic: input.topic, location: input.location ?? "", startsAt: o.start, endsAt: o.end, seriesId });
    }
  }
  try {
    await db.insert(consultationSlots).values(rows);
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.exclusionViolation) throw conflict("consultations.error.overlap", undefined, "startTime");
    throw error;
  }
  return rows.length;
}

const slotColumns = {
  id: consultationSlots.id,
  topic: consultationSlots.topic,
  location: consultationSlots.location,
  startsAt: consultationSlots.startsAt,
  endsAt: consultationSlots.endsAt,
  bookedAt: consultationSlots.bookedAt,
  hostId: consultationSlots.hostId,
  hostName: users.name,
};

/** Open slots for the public page, soonest first. */
export async function openSlots(werkplaatsId: string, now = new Date()) {
  return db
    .select(slotColumns)
    .from(consultationSlots)
    .innerJoin(users, eq(users.id, consultationSlots.hostId))
    .where(
      and(
        eq(consultationSlots.werkplaatsId, werkplaatsId),
        gt(consultationSlots.startsAt, now),
        isNull(consultationSlots.bookedAt),
        isNull(consultationSlots.cancelledAt),
      ),
    )
    .orderBy(asc(consultationSlots.startsAt))
    .limit(200);
}

export async function getOpenSlot(werkplaatsId: string, slotId: string, now = new Date()) {
  if (!isUuid(slotId)) throw notFound("consultations.notFound");
  const [slot] = await db
    .select(slotColumns)
    .from(consultationSlots)
    .innerJoin(users, eq(users.id, consultationSlots.hostId))
    .where(and(eq(consultationSlots.id, slotId), eq(consultationSlots.werkplaatsId, werkplaatsId), isNull(consultationSlots.cancelledAt)));
  if (!slot) throw notFound("consultations.notFound");
  return { ...slot, available: !slot.bookedAt && slot.startsAt > now };
}

/**
 * An SME owner books a slot. The update only succeeds while the slot is free, so of two
 * people booking at once exactly one gets it; the other reads that it was just taken.
 */
export async function bookSlot(
  werkplaats: Werkplaats,
  slotId: string,
  input: z.infer<typeof bookSlotSchema>,
  locale: Locale,
  now = new Date(),
) {
  if (!isUuid(slotId)) throw notFound("consultations.notFound");
  const token = randomBytes(24).toString("base64url");
  return db.transaction(async (tx) => {
    const [slot] = await tx
      .update(consultationSlots)
      .set({
        bookedAt: now,
        bookerName: input.name,
        bookerEmail: input.email,
        bookerOrganisation: input.organisation ?? null,
        question: input.question,
        token,
      })
      .where(
        and(
          eq(consultationSlots.id, slotId),
          eq(consultationSlots.werkplaatsId, werkplaats.id),
          isNull(consultationSlots.bookedAt),
          isNull(consultationSlots.cancelledAt),
          gt(consultationSlots.startsAt, now),
        ),
      )
      .returning();
    if (!slot) throw conflict("consultations.error.taken");
    const [host] = await tx
      .select({ name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(eq(users.id, slot.hostId));
    await enqueueMail(tx, {
      werkplaatsId: werkplaats.id,
      to: input.email,
      locale,
      template: "mail.consultationBooked",
      vars: {
        name: input.name,
        host: host?.name ?? "",
        topic: slot.topic,
        when: whenText(slot.startsAt, slot.endsAt, locale),
        location: slot.location || werkplaats.name,
        werkplaats: werkplaats.name,
        link: `${appUrl()}/spreekuur/afspraak/${token}`,
      },
    });
    if (host) {
      const hostLocale = (host.locale === "en" ? "en" : "nl") as Locale;
      await enqueueMail(tx, {
        werkplaatsId: werkplaats.id,
        to: host.email,
        locale: hostLocale,
        template: "mail.consultationForHost",
        vars: {
          name: host.name,
          booker: input.name,
          organisation: input.organisation ?? "-",
          email: input.email,
          question: input.question,
          topic: slot.topic,
          when: whenText(slot.startsAt, slot.endsAt, hostLocale),
          link: `${appUrl()}/spreekuur/beheer`,
        },
      });
    }
    return slot;
  });
}

/** A host's own coming slots with who booked them. */
export async function hostSlots(werkplaatsId: string, hostId: string, now = new Date()) {
  return db
    .select({
      id: consultationSlots.id,
      topic: consultationSlots.topic,
      location: consultationSlots.location,
      startsAt: consultationSlots.startsAt,
      endsAt: consultationSlots.endsAt,
      bookedAt: consultationSlots.bookedAt,
      bookerName: consultationSlots.bookerName,
      bookerEmail: consultationSlots.bookerEmail,
      bookerOrganisation: consultationSlots.bookerOrganisation,
      question: consultationSlots.question,
    })
    .from(consultationSlots)
    .where(
      and(
        eq(consultationSlots.werkplaatsId, werkplaatsId),
        eq(consultationSlots.hostId, hostId),
        gt(consultationSlots.endsAt, now),
        isNull(consultationSlots.cancelledAt),
      ),
    )
    .orderBy(asc(consultationSlots.startsAt))
    .limit(300);
}

/** The host takes a slot back; someone who booked it is told. */
export async function cancelSlot(werkplaats: Werkplaats, hostId: string, slotId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [slot] = await tx
      .update(consultationSlots)
      .set({ cancelledAt: now })
      .where(
        and(
          eq(consultationSlots.id, slotId),
          eq(consultationSlots.werkplaatsId, werkplaats.id),
          eq(consultationSlots.hostId, hostId),
          isNull(consultationSlots.cancelledAt),
        ),
      )
      .returning();
    if (!slot) throw notFound("consultations.notFound");
    if (slot.bookerEmail) {
      await enqueueMail(tx, {
        werkplaatsId: werkplaats.id,
        to: slot.bookerEmail,
        locale: "nl",
        template: "mail.consultationCancelled",
        vars: {
          name: slot.bookerName ?? "",
          topic: slot.topic,
          when: whenText(slot.startsAt, slot.endsAt, "nl"),
          werkplaats: werkplaats.name,
          link: `${appUrl()}/spreekuur`,
        },
      });
    }
    return slot;
  });
}

/** The booker's own appointment, by the secret token from their confirmation. */
export async function findAppointment(token: string) {
  if (!/^[\w-]{20,64}$/.test(token)) throw notFound("consultations.notFound");
  const [slot] = await db
    .select({ ...slotColumns, bookerName: consultationSlots.bookerName, question: consultationSlots.question })
    .from(consultationSlots)
    .innerJoin(users, eq(users.id, consultationSlots.hostId))
    .where(and(eq(consultationSlots.token, token), isNull(consultationSlots.cancelledAt)));
  if (!slot) throw notFound("consultations.notFound");
  return slot;
}

/**
 * The booker cancels: the slot is free again for someone else, and the host is told.
 * Only before it starts.
 */
export async function cancelAppointment(token: string, now = new Date()) {
  if (!/^[\w-]{20,64}$/.test(token)) throw notFound("consultations.notFound");
  return db.transaction(async (tx) => {
    const [slot] = await tx
      .select()
      .from(consultationSlots)
      .where(and(eq(consultationSlots.token, token), isNull(consultationSlots.cancelledAt)))
      .for("update");
    if (!slot) throw notFound("consultations.notFound");
    if (slot.startsAt <= now) throw conflict("consultations.error.started");
    await tx
      .update(consultationSlots)
      .set({
        bookedAt: null,
        bookerName: null,
        bookerEmail: null,
        bookerOrganisation: null,
        question: null,
        token: null,
        reminderQueuedAt: null,
      })
      .where(eq(consultationSlots.id, slot.id));
    const [host] = await tx
      .select({ name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(eq(users.id, slot.hostId));
    if (host) {
      const locale = (host.locale === "en" ? "en" : "nl") as Locale;
      await enqueueMail(tx, {
        werkplaatsId: slot.werkplaatsId,
        to: host.email,
        locale,
        template: "mail.consultationFreed",
        vars: { name: host.name, booker: slot.bookerName ?? "", topic: slot.topic, when: whenText(slot.startsAt, slot.endsAt, locale) },
      });
    }
    return slot;
  });
}
