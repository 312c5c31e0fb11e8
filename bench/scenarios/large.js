// A large werkplaats (`npm run bench -- --large`, PostgreSQL only): the member start page and the
// calendar JSON measured on the demo data, then again after the werkplaats has grown by what the
// issue names: 600 more members with three years of flex reservations, check-ins and room
// bookings. The goal is a p99 within 1.5 × the one on the demo data. Afterwards the hot queries'
// plans are checked: none may read a growing table from start to end (a sequential scan).
import postgres from "postgres";
import { loginCookie, run } from "../lib/load.js";
import { addDays, mondayIn } from "../lib/rooms.js";

export const name = "large werkplaats (600 more members, 3 years of data)";
export const order = 90;
export const onlyWithFlag = "--large";

const MEMBERS = 600;
const YEARS = 3;

/** Adds the members and their years of use with set-based SQL (minutes, not hours, of forms). */
async function grow(sql) {
  const [w] = await sql`select id from werkplaatsen order by created_at limit 1`;
  const [plan] = await sql`select id from plans where werkplaats_id = ${w.id}::uuid and kind = 'flex' order by sort_order limit 1`;
  const [area] = await sql`select id from areas where werkplaats_id = ${w.id}::uuid order by created_at limit 1`;
  await sql`
    with people as (
      insert into users (name, email)
      select 'Groot lid ' || n, 'groot-' || n || '@bench.test' from generate_series(1, ${MEMBERS}::int) n
      returning id
    ), joined as (
      insert into memberships (werkplaats_id, user_id, status, start_date)
      select ${w.id}::uuid, id, 'active', current_date - ${YEARS * 365}::int from people
      returning id, start_date
    )
    insert into membership_periods (membership_id, plan_id, starts_on) select id, ${plan.id}::uuid, start_date from joined`;
  // Two flex days a week per member over the years (each member their own two weekdays), and a
  // check-in on four of five of them.
  await sql`
    insert into flex_reservations (werkplaats_id, area_id, day, user_id, membership_id)
    select ${w.id}::uuid, ${area.id}::uuid, d::date, m.user_id, m.id
    from memberships m
    join users u on u.id = m.user_id and u.email like 'groot-%@bench.test'
    cross join generate_series(current_date - ${YEARS * 365}::int, current_date - 1, interval '1 day') d
    where extract(isodow from d) in (1 + (hashtext(u.email) & 3), 2 + (hashtext(u.email) & 3))
    on conflict do nothing`;
  await sql`
    insert into check_ins (werkplaats_id, day, user_id, membership_id, reservation_id, method)
    select werkplaats_id, day, user_id, membership_id, id, 'self' from flex_reservations r
    where r.membership_id in (select m.id from memberships m join users u on u.id = m.user_id where u.email like 'groot-%@bench.test')
      and hashtext(r.id::text) % 5 <> 0
    on conflict do nothing`;
  // Three one-hour bookings a weekday in every room, by the new members, through the years.
  await sql`
    with people as (select array_agg(id) as ids from users where email like 'groot-%@bench.test')
    insert into room_bookings (werkplaats_id, room_id, user_id, booked_by, title, starts_at, ends_at, blocked_from, blocked_until, ledger_month, minutes)
    select ${w.id}::uuid, r.id, p.ids[b.who], p.ids[b.who], 'Groot', b.s, b.s + interval '1 hour', b.s, b.s + interval '1 hour', to_char(b.s at time zone 'Europe/Amsterdam', 'YYYY-MM-01'), 60
    from rooms r
    cross join people p
    cross join generate_series(current_date - ${YEARS * 365}::int, current_date - 1, interval '1 day') d
    cross join unnest(array[9, 11, 14]) h
    cross join lateral (
      select (d::date + make_interval(hours => h))::timestamp at time zone 'Europe/Amsterdam' as s,
             1 + abs(hashtext(r.id::text || d::text || h)) % ${MEMBERS}::int as who
    ) b
    where r.werkplaats_id = ${w.id}::uuid and extract(isodow from d) < 6
    on conflict do nothing`;
  await sql`analyze`;
  const [counts] = await sql`
    select (select count(*) from flex_reservations)::int as reservations, (select count(*) from check_ins)::int as checkins,
           (select count(*) from room_bookings)::int as bookings, (select count(*) from memberships)::int as memberships`;
  return counts;
}

// The hot queries of the member start page and the calendar, with the filters the modules use
// (rooms/calendar-items, rooms/dashboard, presence): each must use an index on a grown table.
const GROWN = ["flex_reservations", "check_ins", "room_bookings", "memberships", "users"];
async function seqScans(sql, userEmail, monday) {
  const [me] =
    await sql`select u.id as user_id, m.id as membership_id, m.werkplaats_id from users u join memberships m on m.user_id = u.id where u.email = ${userEmail} limit 1`;
  const queries = {
    "reservations ahead": sql`explain (format json) select * from flex_reservations where werkplaats_id = ${me.werkplaats_id} and user_id = ${me.user_id} and day >= current_date and status = 'reserved' order by day limit 3`,
    "check-in today": sql`explain (format json) select * from check_ins where werkplaats_id = ${me.werkplaats_id} and user_id = ${me.user_id} and day = current_date`,
    "bookings ahead": sql`explain (format json) select * from room_bookings where werkplaats_id = ${me.werkplaats_id} and user_id = ${me.user_id} and status = 'confirmed' and ends_at >= now() order by starts_at limit 3`,
    "included hours this month": sql`explain (format json) select sum(included_minutes) from room_bookings where user_id = ${me.user_id} and ledger_month = to_char(current_date, 'YYYY-MM-01')`,
    "calendar week": sql`explain (format json) select * from room_bookings where werkplaats_id = ${me.werkplaats_id} and status = 'confirmed'
      and tstzrange(blocked_from, blocked_until, '[)') && tstzrange(${`${monday}T00:00:00Z`}::timestamptz, ${`${addDays(monday, 7)}T00:00:00Z`}::timestamptz, '[)')
      and starts_at < ${`${addDays(monday, 7)}T00:00:00Z`} and ends_at > ${`${monday}T00:00:00Z`} order by starts_at limit 2000`,
  };
  const found = [];
  for (const [what, query] of Object.entries(queries)) {
    const [{ "QUERY PLAN": plan }] = await query;
    const walk = (node) => {
      if (node["Node Type"] === "Seq Scan" && GROWN.includes(node["Relation Name"])) found.push(`${what}: ${node["Relation Name"]}`);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan[0].Plan);
  }
  return found;
}

export async function measure({ base, label, databaseUrl }) {
  if (!databaseUrl) return [];
  const member = await loginCookie(base, "sanne@studio-noord.nl", "welkom-bij-doc");
  const monday = mondayIn(70);
  const calendar = `${base}/calendar/items?start=${monday}T00:00:00&end=${addDays(monday, 7)}T00:00:00&timeZone=Europe%2FAmsterdam`;
  const before = {
    home: await run({ url: `${base}/`, headers: { cookie: member } }),
    calendar: await run({ url: calendar, headers: { cookie: member } }),
  };
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await grownRows({ base, label, sql, member, monday, calendar, before });
  } catch (error) {
    // The run's other rows are still worth their table.
    process.exitCode = 1;
    return [
      {
        scenario: `large werkplaats, ${label}`,
        requestsPerSecond: 0,
        p50: 0,
        p99: 0,
        non2xx: 0,
        errors: 1,
        notes: `failed: ${error.message}`,
      },
    ];
  } finally {
    await sql.end();
  }
}

async function grownRows({ base, label, sql, member, monday, calendar, before }) {
  const started = Date.now();
  const counts = await grow(sql);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const scans = await seqScans(sql, "sanne@studio-noord.nl", monday);
  const after = {
    home: await run({ url: `${base}/`, headers: { cookie: member } }),
    calendar: await run({ url: calendar, headers: { cookie: member } }),
  };
  const grown = `${counts.memberships} memberships, ${counts.reservations} flex reservations, ${counts.checkins} check-ins, ${counts.bookings} room bookings (grown in ${seconds} s)`;
  const plans = scans.length ? `SEQUENTIAL SCANS: ${scans.join("; ")}` : "hot query plans: no sequential scan on a grown table";
  const ratio = (a, b) => `p99 ${(a.p99 / b.p99).toFixed(2)} × the demo data's (${b.p99} ms; goal ≤ 1.5 ×)`;
  if (scans.length) process.exitCode = 1;
  return [
    {
      scenario: `GET / (member), large werkplaats, ${label}`,
      ...after.home,
      notes: `${ratio(after.home, before.home)}; ${grown}; ${plans}`,
    },
    {
      scenario: `GET /calendar/items (member), large werkplaats, ${label}`,
      ...after.calendar,
      notes: ratio(after.calendar, before.calendar),
    },
  ];
}
