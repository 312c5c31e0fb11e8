import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "#db/factories";
import { demoLogins } from "#db/seed/people";
import {
  actionPath,
  discoverRoutes,
  fillPattern,
  formsOn,
  hasParams,
  linksOn,
  patternRegex,
  pool,
  Session,
  type AppRoute,
  type FoundForm,
} from "../support/fuzz";
import { serverUrl } from "../support/db";
import { freshServerDatabase, serverEnv, startServerProcess, type ServerProcess } from "../support/server-process";

/**
 * Malformed input against the real server: every action route gets broken bodies and every
 * loader route broken parameters, as a guest and as each kind of account that reaches it.
 * Routes come from the Remix manifest the server publishes, real ids from the links on its
 * pages, field names and intents from its forms. Any 5xx fails the test.
 */
const ROLES = ["guest", "member", "staff", "manager"] as const;
type Role = (typeof ROLES)[number];
const FAKE_ID = "00000000-0000-4000-8000-000000000000";

/**
 * The test's ceiling, and the walk's own a minute before it: past that no request starts and the
 * test fails saying so. When the test's timeout fired first, afterAll stopped the server under
 * the walk, which went on and reported each request it could no longer send (status 599) instead
 * of the cause. A ceiling for waiting, not a budget: beside the browser tests on two cores the
 * walk and its page discovery took 591 s of a 600 s ceiling in a passing CI run, and 660 s in the
 * next.
 */
const TEST_TIMEOUT_MS = 1_200_000;
const WALK_CEILING_MS = TEST_TIMEOUT_MS - 60_000;
/** Pages fetched and broken requests sent at a time: the server and the database work side by side. */
const AT_A_TIME = 6;
let deadline = Number.POSITIVE_INFINITY;
/** Why no request may start any more: the walk's ceiling passed, or afterAll is stopping the server. */
let stopped: string | undefined;
const outOfTime = () => {
  if (!stopped && Date.now() > deadline) stopped = `the fuzz walk passed its ceiling of ${WALK_CEILING_MS / 1000} s`;
  return stopped !== undefined;
};

/** Runs `work` for each item, AT_A_TIME at once; fails with the reason when the walk had to stop. */
async function walk<T>(what: string, items: T[], work: (item: T) => Promise<void>) {
  const started = await pool(items, AT_A_TIME, work, outOfTime);
  if (stopped) {
    const statuses = figures.byStatus.size > 0 ? `; statuses so far ${JSON.stringify(Object.fromEntries(figures.byStatus))}` : "";
    throw new Error(`${stopped} while ${what}: ${started} of ${items.length} started${statuses}`);
  }
}

/**
 * The app's servers on the one database: two on PostgreSQL, as instances behind a load balancer,
 * the requests shared between them (a second process lets the walk use both cores of a 2-core
 * machine once it is the last test running); one on PGlite, whose folder one process holds.
 */
let servers: ServerProcess[] = [];
let dropDatabase: () => Promise<void>;
let routes: AppRoute[];
const sessions = {} as Record<Role, Session>;
const figures = { posts: 0, gets: 0, byStatus: new Map<number, number>() };
const failures: string[] = [];

const secondsSince = (start: number) => Math.round((Date.now() - start) / 1000);

beforeAll(async () => {
  // Where the time before the walk goes (in CI, minutes): the log says.
  const started = Date.now();
  const database = await freshServerDatabase({ demo: true });
  dropDatabase = database.drop;
  const copied = Date.now();
  const first = await startServerProcess(serverEnv({ ...database.env, SEED_DEMO: "true" }));
  servers = [first];
  // The first seeded and migrated the database; the second only opens it.
  if (serverUrl()) servers.push(await startServerProcess(serverEnv({ ...database.env, SEED_DEMO: "false" })));
  routes = await discoverRoutes(first.url);
  console.info(
    `fuzz: the demo database ready in ${Math.round((copied - started) / 1000)} s, ${servers.length} server(s) listening ${secondsSince(copied)} s later`,
  );
}, 270_000);

afterAll(async () => {
  // A walk still running (its test timed out) starts nothing more and reports no failure of a server going away.
  stopped ??= "the test ended";
  await Promise.all(servers.map((server) => server.stop()));
  await dropDatabase?.();
});

async function logIn(role: Role) {
  const session = new Session(
    servers.map((server) => server.url),
    role,
  );
  if (role !== "guest") {
    const person = demoLogins.find((p) => p.roles.includes(role))!;
    await session.logIn(person.email, DEMO_PASSWORD);
  }
  sessions[role] = session;
  return session;
}

async function send(role: Role, path: string, init: RequestInit, label: string) {
  let status = 599;
  // A kept-alive connection the server closed just as the client reused it fails once at the
  // network level; a second failure in a row counts as a broken answer.
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      const response = await sessions[role].request(path, init);
      status = response.status;
      const body = Buffer.from(await response.arrayBuffer());
      // A page or a JSON answer never holds a NUL (a React stream once let one through); a PDF or a ZIP is binary.
      const binary = ["application/pdf", "application/zip"].includes(response.headers.get("Content-Type") ?? "");
      if (!binary && body.includes(0)) failures.push(`NUL byte in ${init.method ?? "GET"} ${path.slice(0, 120)} as ${role}`);
      break;
    } catch (error) {
      if (attempt === 2 && !stopped)
        failures.push(
          `${init.method ?? "GET"} ${path.slice(0, 120)} as ${role} (${label}): ${(error as Error).message} ${String((error as Error).cause ?? "")}`,
        );
    }
  }
  if (init.method === "POST") figures.posts++;
  else figures.gets++;
  figures.byStatus.set(status, (figures.byStatus.get(status) ?? 0) + 1);
  if (status >= 500 && status !== 599) {
    failures.push(`${status} ${init.method ?? "GET"} ${path.slice(0, 120)} as ${role} (${label})`);
    console.info(failures.at(-1));
  }
  return status;
}

const WEIRD = [
  "abc",
  "-1",
  "1e309",
  "99999999999999999999",
  "9999-12-31",
  "2026-02-30",
  "0000-00-00",
  "25:61",
  "not-a-uuid",
  "<script>x</script>",
  "' OR 1=1 --",
  "🙂".repeat(300),
];

/** Bodies that are not a usable form at all: JSON, plain text, broken multipart, no type, 1 MB. */
function unreadableBodies(): { label: string; init: RequestInit }[] {
  return [
    { label: "json", init: { body: JSON.stringify({ intent: "x", id: 1, name: ["a"] }), headers: { "Content-Type": "application/json" } } },
    { label: "text", init: { body: "hallo", headers: { "Content-Type": "text/plain" } } },
    { label: "broken multipart", init: { body: "--x\r\ngarbage", headers: { "Content-Type": "multipart/form-data; boundary=x" } } },
    { label: "no content type", init: { body: new Blob(["intent=x"]) } },
    { label: "1 MB string", init: { body: new URLSearchParams({ intent: "x", name: "x".repeat(1_000_001) }) } },
  ];
}

/** Broken forms for one intent: wrong types, NUL, big strings, repeated keys, impossible dates, missing fields. */
function malformedForms(fields: string[], intent: string | undefined, big: boolean): { label: string; init: RequestInit }[] {
  const names = fields.filter((f) => f !== "intent");
  const form = (value: (name: string, i: number) => string | string[]) => {
    const body = new URLSearchParams();
    if (intent) body.append("intent", intent);
    names.forEach((name, i) => {
      for (const v of [value(name, i)].flat()) body.append(name, v);
    });
    return body;
  };
  const multipart = new FormData();
  if (intent) multipart.append("intent", intent);
  for (const name of names) multipart.append(name, "nul\u0000in multipart");
  const bodies = [
    { label: "nul", init: { body: form(() => "a\u0000b") } },
    // Every field another wrong value, each given twice (repeated keys).
    { label: "wrong values, repeated", init: { body: form((_n, i) => [WEIRD[i % WEIRD.length]!, WEIRD[(i + 5) % WEIRD.length]!]) } },
    { label: "impossible dates", init: { body: form((_n, i) => ["9999-12-31", "2026-02-30", "0000-00-00", "-infinity"][i % 4]!) } },
    { label: "missing fields", init: { body: form(() => []) } },
    { label: "nul multipart", init: { body: multipart } },
  ];
  if (big)
    bodies.push({ label: "big strings", init: { body: form(() => "x".repeat(Math.floor(900_000 / Math.max(1, names.length + 1)))) } });
  return bodies;
}

const BAD_QUERIES = [
  `q=${"a".repeat(101)}&q=b`,
  "date=9999-12-31&period=month&cancelDate=9999-12-31&page=-1",
  "date=2026-02-30&start=9999-12-31&end=0000-01-01&before=9999-99-99",
  "status=x&status=y&plan=x&company=y&view=z&period=week&period=month",
  "page=99999999999999999999&redirectTo=//evil.example&all=1&room=x",
  "x=%00",
];
const BAD_PARAMS = ["x", "%00", "%E0%A4%A", "..%2F..%2Fetc", "a".repeat(3000), "😀"];

describe("the malformed requests the issue names", () => {
  it("each get a 400 with a Dutch message", async () => {
    const manager = await logIn("manager");
    // The Dutch text, or (for a form reply a page shows beside its own form) its dictionary key.
    const dutch = /Dit adres|zoekopdracht of filter|onzichtbaar teken|formulieren aan|niet lezen|errors\.(nulByte|badRequest\.body)/;
    const expect400 = async (path: string, init: RequestInit = {}) => {
      const response = await manager.request(path, init);
      const body = await response.text();
      expect(response.status, path).toBe(400);
      expect(body, path).toMatch(dutch);
    };
    await expect400("/tickets/%00");
    await expect400(`/admin/memberships?q=${"a".repeat(101)}`);
    await expect400("/admin/memberships?q=a&q=b");
    await expect400(`/admin/people?q=${"a".repeat(101)}`);
    await expect400("/reception?q=a&q=b");
    await expect400("/admin/occupancy?date=9999-12-31");
    await expect400("/admin/occupancy.json?date=9999-12-31&period=month");
    await expect400("/admin/desks", {
      method: "POST",
      body: JSON.stringify({ intent: "create-area" }),
      headers: { "Content-Type": "application/json" },
    });
    await expect400("/admin/desks", {
      method: "POST",
      body: "--x\r\ngarbage",
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
    });
    await expect400("/admin/desks", {
      method: "POST",
      body: new URLSearchParams({ intent: "create-area", name: "Kel\u0000der", flexCapacity: "4" }),
    });
  });
});

describe("fuzzing every route of the running server", () => {
  it("answers malformed input on every route without a single 5xx", { timeout: TEST_TIMEOUT_MS }, async () => {
    deadline = Date.now() + WALK_CEILING_MS;
    const reading = Date.now();
    for (const role of ROLES) await logIn(role);

    // What each role can reach: pages without parameters, then the links found on them.
    const pages = new Map<Role, Map<string, string>>(); // role → path → html
    const links = new Set<string>();
    // Fetched AT_A_TIME at once, read in route order so the links, and the real ids picked from
    // them, are the same in every run.
    const htmlOf = async (role: Role, path: string) => {
      // As in send(): a kept-alive connection the server closed just as it was reused fails once.
      const response = await sessions[role].request(path).catch(() => sessions[role].request(path));
      const html = response.status === 200 && (response.headers.get("content-type") ?? "").includes("html") ? await response.text() : "";
      if (!html) await response.arrayBuffer();
      return html;
    };
    for (const role of ROLES) {
      const plain = routes.filter((r) => r.hasLoader && !hasParams(r.pattern)).map((r) => r.pattern);
      const htmls = new Map<string, string>();
      await walk(`reading the pages of ${role}`, plain, async (path) => void htmls.set(path, await htmlOf(role, path)));
      const seen = new Map<string, string>();
      for (const path of plain) {
        const html = htmls.get(path)!;
        if (html) {
          seen.set(path, html);
          for (const link of linksOn(html)) links.add(link);
        }
      }
      pages.set(role, seen);
    }
    // A concrete path per parametric route: a real one from the links when there is one.
    const concrete = (route: AppRoute) => {
      if (!hasParams(route.pattern)) return [route.pattern];
      const re = patternRegex(route.pattern);
      const real = [...links].find((l) => re.test(l));
      return real ? [real, fillPattern(route.pattern, FAKE_ID)] : [fillPattern(route.pattern, FAKE_ID)];
    };
    // The forms each concrete path serves, read from the page as the role sees it; the pages not
    // seen yet are fetched first.
    const actionPages = new Map<string, string>(); // `${role} ${path}` → html
    const unseen = routes
      .filter((r) => r.hasAction)
      .flatMap((route) => ROLES.flatMap((role) => concrete(route).map((path) => ({ role, path }))))
      .filter(({ role, path }) => !pages.get(role)!.has(path));
    await walk(
      "reading the pages with forms",
      unseen,
      async ({ role, path }) => void actionPages.set(`${role} ${path}`, await htmlOf(role, path)),
    );
    const formsFor = (role: Role, path: string): FoundForm[] => {
      const html = pages.get(role)!.get(path) ?? actionPages.get(`${role} ${path}`) ?? "";
      return formsOn(html, path).filter((f) => f.action === path);
    };

    // A route's code is the same for every role that reaches it: the most privileged of them
    // (the last in ROLES) gets every broken input, the others one of each kind, enough to walk
    // their own way through the role checks and the parsing; each run of the walk was 4,300
    // requests, most of them the same code for staff and manager.
    const fullFor = (reaches: (role: Role) => boolean) => [...ROLES].reverse().find(reaches);

    // Actions: every action route, for every role. The roles that reach the page get every
    // intent its forms offer with broken forms; the others (who must be refused) fewer.
    //
    // A broken form posted to a page answers with the page itself: the action runs, then every
    // loader of the page again and the whole page is rendered around the action's reply. Those
    // loaders and that rendering are the same for every broken body of an intent, and the GETs
    // below run the loaders and render the page already. So one body per intent (the NUL ones,
    // whose reply a page could write back into its HTML) is posted to the page, and the other
    // broken bodies of the most privileged role go to the action alone, as the browser's own
    // data request does (`/path.data`, Remix's single fetch): the same action, the same
    // status, without rendering the page.
    const postJobs: { role: Role; path: string; label: string; init: RequestInit }[] = [];
    const planned = new Set<string>();
    for (const route of routes.filter((r) => r.hasAction)) {
      for (const role of ROLES) {
        for (const [n, path] of concrete(route).entries()) {
          const full = fullFor((r) => formsFor(r, path).length > 0) === role;
          const forms = formsFor(role, path);
          const fields = new Set<string>(["intent", "id", "name", "email", "date", "day", "startDate", "q"]);
          const intents = new Set<string | undefined>([undefined]);
          for (const f of forms) {
            for (const name of f.fields) fields.add(name);
            for (const i of f.intents) intents.add(i);
          }
          // Posted as Remix's <Form> posts (`?index` for an index route), to the page or to the action alone.
          const toPage = actionPath(route, path);
          const add = (label: string, init: RequestInit, target = toPage) => {
            // Two routes can give one concrete path (/admin/events/new is a link like
            // /admin/events/:eventId too): one request, not two alike.
            const key = `${role} ${target} ${label}`;
            if (planned.has(key)) return;
            planned.add(key);
            postJobs.push({ role, path: target, label, init: { ...init, method: "POST" } });
          };
          const reached = forms.length > 0;
          // Unreadable bodies once per route, as the most privileged role (the last in ROLES).
          if (n === 0 && role === "manager") for (const body of unreadableBodies()) add(body.label, body.init);
          for (const intent of reached ? [...intents] : [undefined]) {
            const bodies = malformedForms([...fields], intent, full && intent === undefined && n === 0);
            for (const body of full ? bodies : bodies.slice(0, 1))
              add(
                `${intent ?? "-"} / ${body.label}`,
                body.init,
                body.label.startsWith("nul") ? toPage : actionPath(route, path, { alone: true }),
              );
          }
        }
      }
    }
    // Loaders: broken parameters in the path, and broken queries where the role reaches the page.
    // Each is rendered (a query a loader lets through reaches the page's components).
    const getJobs: { role: Role; path: string }[] = [];
    const addGet = (role: Role, path: string) => {
      const key = `${role} GET ${path}`;
      if (planned.has(key)) return;
      planned.add(key);
      getJobs.push({ role, path });
    };
    for (const route of routes.filter((r) => r.hasLoader)) {
      const paths = concrete(route);
      const reaches = (role: Role) => paths.some((p) => pages.get(role)!.has(p)) || (hasParams(route.pattern) && paths.length > 1);
      for (const role of ROLES) {
        const full = fullFor(reaches) === role;
        for (const path of paths) for (const query of full ? BAD_QUERIES : BAD_QUERIES.slice(0, 1)) addGet(role, `${path}?${query}`);
        if (hasParams(route.pattern))
          for (const bad of role === "manager" ? BAD_PARAMS : BAD_PARAMS.slice(0, 2)) addGet(role, fillPattern(route.pattern, bad));
      }
    }
    const started = Date.now();
    console.info(
      `fuzz: pages read in ${secondsSince(reading)} s; ${postJobs.length} POSTs (${postJobs.filter((j) => j.path.includes(".data")).length} to the action alone) and ${getJobs.length} GETs planned`,
    );

    // A fuzzed log-out ends the session, so those go last; the sessions start afresh for the GETs.
    const endsSession = (path: string) => /logout/.test(path);
    postJobs.sort((a, b) => Number(endsSession(a.path)) - Number(endsSession(b.path)));
    await walk("posting broken forms", postJobs, async ({ role, path, label, init }) => {
      await send(role, path, init, label);
    });
    for (const role of ROLES) await logIn(role);
    await walk("getting broken queries and parameters", getJobs, async ({ role, path }) => {
      await send(role, path, {}, "query");
    });

    const statuses = Object.fromEntries([...figures.byStatus].sort(([a], [b]) => a - b));
    console.info(
      `fuzz: ${routes.filter((r) => r.hasAction).length} action routes, ${routes.filter((r) => r.hasLoader).length} loader routes; ` +
        `${figures.posts} POSTs, ${figures.gets} GETs in ${secondsSince(started)} s, ${failures.length} × 5xx; statuses ${JSON.stringify(statuses)}`,
    );
    // The server's own account of what went wrong, when something did: its error lines, each
    // cut short (a refused path of 3,000 characters once filled the whole tail of its log).
    if (failures.length > 0) {
      const errors = servers
        .flatMap((server) => server.stderr().split("\n"))
        .filter((line) => /"level":"(error|fatal)"/.test(line))
        .map((line) => line.slice(0, 3000));
      console.info(`server errors (${errors.length}):\n${errors.slice(0, 20).join("\n")}`);
    }
    expect(failures).toEqual([]);
    expect(figures.posts).toBeGreaterThan(500);
  });
});
