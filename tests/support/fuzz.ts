/**
 * Building blocks for fuzzing the running server: its route list (from the Remix manifest the
 * server itself publishes, so new routes are covered without editing the test), logged-in
 * sessions, and the forms and links found on its pages.
 */

type ManifestRoute = { id: string; parentId?: string; path?: string; index?: boolean; hasAction: boolean; hasLoader: boolean };
/** `index`: an index route, whose action a form reaches at `?index` (see actionPath). */
export type AppRoute = { id: string; pattern: string; index: boolean; hasAction: boolean; hasLoader: boolean };

/** Every route of the running app with its full URL pattern ("/admin/events/:eventId"). */
export async function discoverRoutes(base: string): Promise<AppRoute[]> {
  const html = await (await fetch(`${base}/terms`)).text();
  const manifestUrl = /\/build\/manifest-[A-Z0-9]+\.js/.exec(html)?.[0];
  if (!manifestUrl) throw new Error("no Remix manifest linked from /terms");
  const source = await (await fetch(`${base}${manifestUrl}`)).text();
  const manifest = JSON.parse(source.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "")) as {
    routes: Record<string, ManifestRoute>;
  };
  const routes = manifest.routes;
  const fullPath = (id: string): string => {
    const route = routes[id]!;
    const own = (route.path ?? "").replace(/\?/g, "");
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return [parent, own].filter(Boolean).join("/");
  };
  return Object.values(routes)
    .filter((r) => r.id !== "root")
    .map((r) => ({
      id: r.id,
      pattern: `/${fullPath(r.id)}`.replace(/\/+/g, "/"),
      index: r.index === true,
      hasAction: r.hasAction,
      hasLoader: r.hasLoader,
    }));
}

/**
 * Where a form of the route posts, as Remix's <Form> writes it: an index route shares its path
 * with its layout, and without `?index` the post goes to the layout (`/account`: no action, 405).
 * `alone`: the action alone, without the page's loaders and rendering, as the browser's own
 * data request after hydration (`/account.data?index`, Remix's single fetch).
 */
export function actionPath(route: Pick<AppRoute, "index">, path: string, { alone = false } = {}) {
  const target = alone ? `${path === "/" ? "/_root" : path}.data` : path;
  return route.index ? `${target}?index` : target;
}

/** A regular expression matching concrete paths of a pattern, e.g. /admin/events/<anything>. */
export function patternRegex(pattern: string) {
  const body = pattern
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/?#]+" : segment === "*" ? ".+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${body}$`);
}

export function hasParams(pattern: string) {
  return pattern.includes(":") || pattern.includes("*");
}

/** A concrete path for a pattern with every parameter replaced by `value`. */
export function fillPattern(pattern: string, value: string) {
  return pattern
    .split("/")
    .map((segment) => (segment.startsWith(":") || segment === "*" ? value : segment))
    .join("/");
}

/**
 * A cookie jar for one client: keeps name=value from Set-Cookie headers. Given several servers of
 * one app on one database (instances behind a load balancer), it sends each request to the next.
 */
export class Session {
  private cookies = new Map<string, string>();
  private sent = 0;
  readonly bases: string[];
  constructor(
    base: string | string[],
    readonly role: string,
  ) {
    this.bases = [base].flat();
  }

  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set("Cookie", this.header());
    // fetch asks for gzip and brotli by default: the server would pack every broken request's
    // page and this process unpack it again, for nothing the walk looks at.
    if (!headers.has("Accept-Encoding")) headers.set("Accept-Encoding", "identity");
    const base = this.bases[this.sent++ % this.bases.length]!;
    if (init.method && init.method !== "GET") headers.set("Origin", base);
    const response = await fetch(`${base}${path}`, { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  async logIn(email: string, password: string) {
    const response = await this.request("/login", { method: "POST", body: new URLSearchParams({ email, password }) });
    if (response.status !== 302) throw new Error(`login as ${email} answered ${response.status}`);
  }
}

export type FoundForm = { action: string; fields: Set<string>; intents: Set<string> };

/** The post forms on a page, by the path they post to, with their field names and intents. */
export function formsOn(html: string, pagePath: string): FoundForm[] {
  const forms: FoundForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attributes = match[1]!;
    if (!/method="post"/i.test(attributes)) continue;
    const action = /action="([^"]*)"/i.exec(attributes)?.[1]?.replace(/&amp;/g, "&") || pagePath;
    const fields = new Set<string>();
    const intents = new Set<string>();
    for (const tag of match[2]!.matchAll(/<(?:input|select|textarea|button)\b([^>]*)>/gi)) {
      const name = /\bname="([^"]+)"/.exec(tag[1]!)?.[1];
      if (!name) continue;
      fields.add(name);
      const value = /\bvalue="([^"]*)"/.exec(tag[1]!)?.[1];
      if (name === "intent" && value) intents.add(value);
    }
    forms.push({ action: action.split("?")[0]!, fields, intents });
  }
  return forms;
}

/** Same-site links on a page, without query or fragment. */
export function linksOn(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#?]*)/g)].map((m) => m[1]!).filter((href) => !href.startsWith("/build/"));
}

/**
 * Runs tasks with at most `limit` at a time. Once `stop()` says so, no task starts any more (the
 * ones under way finish) and it returns how many started; a task that throws stops the others
 * too, so none keeps sending requests after the caller has failed.
 */
export async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>, stop: () => boolean = () => false) {
  let next = 0;
  let failed = false;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length && !failed && !stop()) {
        try {
          await work(items[next++]!);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }),
  );
  return next;
}
