import { and, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { consultationSlots, events, registrations, roomBookings, rooms, users, werkplaatsen } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import { whenText } from "~/utils/when-text";
import { eventLocation, ticketUrl, whereText } from "~/modules/events/index.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";

const asLocale = (v: string | null | undefined): Locale => (v === "en" ? "en" : "nl");

/**
 * Queues "tomorrow" reminders for what starts within the next 24 hours and was arranged
 * before that: room bookings, event places and consultation hours. Each row is claimed by a
 * conditional update of its reminder_queued_at in the transaction that queues the mail, so
 * however often (and however many instances) this runs, each reminder is queued exactly once.
 */
export async function queueReminders(now = new Date()) {
  const until = new Date(now.getTime() + 24 * 3600_000);
  const madeBefore = new Date(now.getTime() - 3600_000);
  return db.transaction(async (tx) => {
    let queued = 0;
    const bookings = await tx
      .update(roomBookings)
      .set({ reminderQueuedAt: now })
      .where(
        and(
          eq(roomBookings.status, "confirmed"),
          eq(roomBookings.kind, "booking"),
          isNull(roomBookings.reminderQueuedAt),
          gt(roomBookings.startsAt, now),
          lte(roomBookings.startsAt, until),
          lte(roomBookings.createdAt, madeBefore),
        ),
      )
      .returning();
    for (const b of bookings) {
      if (!b.userId) continue;
      const [u] = await tx.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, b.userId));
      const [r] = await tx.select({ name: rooms.name }).from(rooms).where(eq(rooms.id, b.roomId));
      const [w] = await tx.select({ name: werkplaatsen.name }).from(werkplaatsen).where(eq(werkplaatsen.id, b.werkplaatsId));
      if (!u) continue;
      const locale = asLocale(u.locale);
      await enqueueMail(tx, {
        werkplaatsId: b.werkplaatsId,
        to: u.email,
        locale,
        template: "mail.bookingReminder",
        vars: {
          name: u.name,
          room: r?.name ?? "",
          werkplaats: w?.name ?? "",
          when: whenText(b.startsAt, b.endsAt, locale),
          link: `${appUrl()}/bookings/${b.id}`,
        },
      });
      queued++;
    }

    const soon = await tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.status, "published"), gt(events.startsAt, now), lte(events.startsAt, until)));
    if (soon.length > 0) {
      const regs = await tx
        .update(registrations)
        .set({ reminderQueuedAt: now })
        .where(
          and(
            inArray(
              registrations.eventId,
              soon.map((e) => e.id),
            ),
            eq(registrations.status, "registered"),
            isNull(registrations.reminderQueuedAt),
            lte(registrations.createdAt, madeBefore),
          ),
        )
        .returning();
      for (const r of regs) {
        const [e] = await tx.select().from(events).where(eq(events.id, r.eventId));
        const [w] = await tx.select({ name: werkplaatsen.name }).from(werkplaatsen).where(eq(werkplaatsen.id, r.werkplaatsId));
        if (!e) continue;
        const locale = asLocale(r.locale);
        await enqueueMail(tx, {
          werkplaatsId: r.werkplaatsId,
          to: r.email,
          locale,
          template: "mail.eventReminder",
          vars: {
            name: r.name,
            event: locale === "en" && e.titleEn ? e.titleEn : e.titleNl,
            when: whenText(e.startsAt, e.endsAt, locale),
            where: whereText(await eventLocation(tx, e), locale),
            werkplaats: w?.name ?? "",
            link: ticketUrl(r.token),
          },
        });
        queued++;
      }
    }

    const slots = await tx
      .update(consultationSlots)
      .set({ reminderQueuedAt: now })
      .where(
        and(
          isNull(consultationSlots.cancelledAt),
          isNull(consultationSlots.reminderQueuedAt),
          gt(consultationSlots.startsAt, now),
          lte(consultationSlots.startsAt, until),
          lte(consultationSlots.bookedAt, madeBefore),
        ),
      )
      .returning();
    for (const s of slots) {
      if (!s.bookerEmail) continue;
      const [h] = await tx.select({ name: users.name }).from(users).where(eq(users.id, s.hostId));
      await enqueueMail(tx, {
        werkplaatsId: s.werkplaatsId,
        to: s.bookerEmail,
        locale: "nl",
        template: "mail.consultationReminder",
        vars: {
          name: s.bookerName ?? "",
          host: h?.name ?? "",
          topic: s.topic,
          when: whenText(s.startsAt, s.endsAt, "nl"),
          location: s.location,
        },
      });
      queued++;
    }
    return queued;
  });
}
