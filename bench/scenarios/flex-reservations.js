// Flex reservations under load: 50 members reserve hot desks at the same time, through the same
// endpoint the browser uses (POST /reservations.data, Remix single fetch). First the issue's race
// (43 members at once for the last 5 spots of an area), then 50 concurrent clients for the
// benchmark's duration. Afterwards no area may hold more reservations on a day than its capacity:
// checked through the manager's /admin/occupancy.json and, on PostgreSQL, in the database itself.
import postgres from "postgres";
import { loginCookie, run, DURATION } from "../lib/load.js";

export const name = "flex reservations";

const CLIENTS = 50;
const PASSWORD = "een flexplek voor de benchmark";

function isoDay(offset) {
  const now = new Date();
  const amsterdam = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  const d = new Date(`${amsterdam}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

function form(values) {
  return new URLSearchParams(values).toString();
}

async function post(base, path, cookie, values, headers = {}) {
  return fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, Cookie: cookie, ...headers },
    body: form(values),
  });
}

/**
 * Signs up, confirms the address with the emailed link (logged in, as its owner would), applies
 * for the hot-desk plan from today and has the manager approve it: a member's cookie.
 */
async function newMember(base, manager, planId, i, label, mailbox) {
  const email = `bench-${label.toLowerCase()}-${Date.now().toString(36)}-${i}@example.nl`;
  // Each member from an address of their own (a documentation range; only a header, no traffic).
  const from = { "X-Forwarded-For": `203.0.113.${i + 1}` };
  const signup = await post(base, "/signup", "", { name: `Bench Lid ${i}`, email, password: PASSWORD, terms: "on" }, from);
  if (signup.status !== 200) throw new Error(`signup failed: ${signup.status}`);
  const cookie = await loginCookie(base, email, PASSWORD);
  const link = new URL(await mailbox.link(email, "/verify-email/"));
  const verified = await post(base, link.pathname, cookie, {});
  if (verified.status !== 200) throw new Error(`verification failed: ${verified.status}`);
  const applied = await post(base, "/membership/apply", cookie, { planId, startDate: isoDay(0), billing: "self" });
  const membershipId = applied.headers.get("location")?.match(/\/membership\/([0-9a-f-]{36})/)?.[1];
  if (!membershipId) throw new Error(`application failed: ${applied.status}`);
  const approved = await post(base, `/admin/memberships/${membershipId}`, manager, { intent: "approve" });
  if (approved.status !== 200) throw new Error(`approval failed: ${approved.status}`);
  return cookie;
}

async function reserve(base, cookie, day, areaId) {
  const res = await post(base, "/reservations.data", cookie, { intent: "reserve", day, areaId });
  await res.arrayBuffer();
  return res.status;
}

export async function measure({ base, label, databaseUrl, mailbox }) {
  const manager = await loginCookie(base, "beheer@doc-dordrecht.nl", "welkom-bij-doc");
  const plansPage = await (await fetch(`${base}/plans`)).text();
  const link = [...plansPage.matchAll(/<a [^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes('aria-label="Flexplek aanvragen"'));
  const planId = link?.match(/plan=([0-9a-f-]{36})/)?.[1];
  if (!planId) throw new Error("no hot-desk plan on /plans");

  const members = [];
  for (let i = 0; i < CLIENTS; i++) members.push(await newMember(base, manager, planId, i, label, mailbox));
  const page = await (await fetch(`${base}/reservations`, { headers: { Cookie: members[0] } })).text();
  const areaIds = [...new Set([...page.matchAll(/name="areaId" value="([0-9a-f-]{36})"/g)].map((m) => m[1]))];
  if (areaIds.length === 0) throw new Error("no flex areas on /reservations");

  // The race of the issue: an area (12 spots) with 7 taken, then 43 members at once for the last 5.
  const raceDay = isoDay(50);
  for (let i = 0; i < 7; i++) await reserve(base, members[i], raceDay, areaIds[0]);
  const burst = await Promise.all(members.slice(7).map((m) => reserve(base, m, raceDay, areaIds[0])));
  const won = burst.filter((s) => s === 200).length;

  // Sustained: 50 connections; request n is member n mod 50 asking for the next day (then area) on
  // their list, so every member keeps asking while spots run out and 409s mix with 200s.
  // (autocannon resets a connection's context after each request, so the counter lives here.)
  let created = 0;
  let refused = 0;
  let sent = 0;
  const days = Array.from({ length: 30 }, (_, i) => isoDay(15 + i));
  const result = await run({
    url: base,
    connections: CLIENTS,
    requests: [
      {
        method: "POST",
        path: "/reservations.data",
        setupRequest: (req) => {
          const n = sent++;
          const k = Math.floor(n / CLIENTS);
          const day = days[k % days.length];
          const areaId = areaIds[Math.floor(k / days.length) % areaIds.length];
          return {
            ...req,
            headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, Cookie: members[n % CLIENTS] },
            body: form({ intent: "reserve", day, areaId }),
          };
        },
        onResponse: (status) => {
          if (status === 200) created++;
          else if (status === 409) refused++;
        },
      },
    ],
  });

  // Over-reservation check: per area and day, reservations never exceed capacity.
  const json = await (await fetch(`${base}/admin/occupancy.json?date=${isoDay(0)}`, { headers: { Cookie: manager } })).json();
  let overInDb = "n/a";
  if (databaseUrl) {
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const [row] = await sql`
      select count(*)::int as n from (
        select r.area_id, r.day from flex_reservations r join areas a on a.id = r.area_id
        where r.status = 'reserved' group by r.area_id, r.day, a.flex_capacity having count(*) > a.flex_capacity) over`;
    overInDb = String(row.n);
    await sql.end();
  }
  const over = json.overCapacity.length;
  if (over > 0 || (overInDb !== "n/a" && overInDb !== "0") || won !== 5) {
    throw new Error(`over-reservation! burst won ${won}, over capacity ${over} (json) / ${overInDb} (db)`);
  }
  return [
    {
      scenario: `POST /reservations.data (50 members), ${label}`,
      ...result,
      notes: `${CLIENTS} concurrent clients; ${created} created, ${refused} refused (409 full or already booked); burst: 43 at once for the last 5 spots → ${won} reserved; over capacity afterwards: ${over} (occupancy.json)${databaseUrl ? `, ${overInDb} (SQL)` : ""}`,
    },
    { scenario: `GET /plans (guest), ${label}`, ...(await run({ url: `${base}/plans` })), notes: `${DURATION} s, 20 connections` },
  ];
}
