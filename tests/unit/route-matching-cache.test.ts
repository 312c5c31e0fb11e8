import { execFileSync } from "node:child_process";
import fs from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { patchRouterSource } from "../../scripts/router-branch-cache.js";

type Route = { id: string; path?: string; index?: boolean; caseSensitive?: boolean; children?: Route[] };
type Match = { route: Route; params: Record<string, string | undefined>; pathname: string };
type Router = { matchRoutes: (routes: Route[], location: string) => Match[] | null; UNSAFE_werkplaatsBranchCache?: true };

const routerFile = createRequire(path.resolve("package.json")).resolve("@remix-run/router");
const installedSource = fs.readFileSync(routerFile, "utf8");

/** A fresh copy of the router module from the given source, beside the one Node has cached. */
function loadRouter(source: string): Router {
  const copy = new Module(routerFile) as Module & { _compile(content: string, filename: string): void };
  copy.filename = routerFile;
  copy.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(routerFile));
  copy._compile(source, routerFile);
  return copy.exports as Router;
}

// The shapes the app's flat routes produce: layouts without a path, index routes, dynamic and
// optional segments, a splat, a file-like path and a case-sensitive route.
const appLikeRoutes = (): Route[] => [
  {
    id: "root",
    path: "",
    children: [
      { id: "index", index: true },
      { id: "login", path: "login" },
      { id: "events", path: "events" },
      { id: "events.feed", path: "events/feed.ics" },
      { id: "events.$id", path: "events/:id" },
      { id: "docs", path: "docs/:lang?/guide" },
      { id: "Exact", path: "Exact", caseSensitive: true },
      {
        id: "admin",
        path: "admin",
        children: [
          { id: "admin.index", index: true },
          { id: "admin.invoices", path: "invoices" },
          { id: "admin.invoices.$id", path: "invoices/:invoiceId" },
        ],
      },
      { id: "pathless", children: [{ id: "plans", path: "plans" }] },
      { id: "splat", path: "*" },
    ],
  },
];

const paths = [
  "/",
  "/login",
  "/login/",
  "/events",
  "/events/feed.ics",
  "/events/abc-123",
  "/docs/guide",
  "/docs/en/guide",
  "/Exact",
  "/exact",
  "/admin",
  "/admin/invoices",
  "/admin/invoices/42",
  "/plans",
  "/nope/deeper",
  "/events/%C3%A9t%C3%A9",
];

const summary = (matches: Match[] | null) => matches?.map((m) => [m.route.id, m.pathname, m.params]) ?? null;

describe("route matching cache (decision 055)", () => {
  it("applies to the installed @remix-run/router", () => {
    const patched = patchRouterSource(installedSource);
    expect(patched).toContain("rankedBranchesOf(routes)");
    expect(loadRouter(patched).UNSAFE_werkplaatsBranchCache).toBe(true);
  });

  it("refuses a router whose text it does not recognise", () => {
    const changed = installedSource.replace("rankRouteBranches(branches);\n", "rankRouteBranches(branches, true);\n");
    expect(() => patchRouterSource(changed)).toThrow(/route-matching cache cannot be applied/);
  });

  it("matches exactly as the unpatched router, on the first and on a cached call", () => {
    const original = loadRouter(installedSource);
    const patched = loadRouter(patchRouterSource(installedSource));
    const routes = appLikeRoutes();
    for (const url of paths) {
      const expected = summary(original.matchRoutes(appLikeRoutes(), url));
      expect(summary(patched.matchRoutes(routes, url)), url).toEqual(expected);
      expect(summary(patched.matchRoutes(routes, url)), `${url} (cached)`).toEqual(expected);
    }
  });

  it("ranks a routes array once: later matches reuse the first ranking", () => {
    const patched = loadRouter(patchRouterSource(installedSource));
    const routes: Route[] = [{ id: "page", path: "/old" }];
    expect(summary(patched.matchRoutes(routes, "/old"))).toEqual([["page", "/old", {}]]);
    routes[0]!.path = "/new";
    // Nothing in a server mutates its routes; here it proves the ranking was not redone.
    expect(patched.matchRoutes(routes, "/new")).toBeNull();
    expect(summary(patched.matchRoutes([{ id: "page", path: "/new" }], "/new"))).toEqual([["page", "/new", {}]]);
  });

  it("matches a new tree of the same shape with its own route objects, as the unpatched router", () => {
    const original = loadRouter(installedSource);
    const patched = loadRouter(patchRouterSource(installedSource));
    // Remix's server render makes new route objects for every page: the ranking is found by shape.
    for (const url of paths) {
      const expected = summary(original.matchRoutes(appLikeRoutes(), url));
      const routes = appLikeRoutes();
      const matches = patched.matchRoutes(routes, url);
      expect(summary(matches), url).toEqual(expected);
      const own = new Set<Route>();
      const collect = (list: Route[]) => {
        for (const r of list) {
          own.add(r);
          collect(r.children ?? []);
        }
      };
      collect(routes);
      for (const m of matches ?? []) expect(own.has(m.route), `${url}: ${m.route.id} from this tree`).toBe(true);
    }
  });

  it("ranks a tree of another shape anew", () => {
    const original = loadRouter(installedSource);
    const patched = loadRouter(patchRouterSource(installedSource));
    // One after another in one process: each tree differs from the one before in one property
    // the ranking reads, so a shape cache that missed it would answer with the previous ranking.
    const trees: [() => Route[], string][] = [
      [() => [{ id: "a", path: "/old" }], "/old"],
      [() => [{ id: "a", path: "/new" }], "/new"],
      [() => [{ id: "a", path: "/new" }], "/old"],
      [() => [{ id: "a", path: "/New", caseSensitive: true }], "/new"],
      [() => [{ id: "a", path: "/New" }], "/new"],
      [() => [{ id: "a" }, { id: "b", path: "" }], "/"],
      [() => [{ id: "a", path: "" }, { id: "b" }], "/"],
      [() => [{ id: "l", path: "x", children: [{ id: "i", index: true }] }], "/x"],
      [() => [{ id: "l", path: "x", children: [{ id: "c", path: ":id" }] }], "/x/1"],
      [() => [{ id: "l", path: "x", children: [{ id: "c", path: ":id?" }] }], "/x"],
    ];
    for (const [tree, url] of trees) {
      const expected = summary(original.matchRoutes(tree(), url));
      expect(summary(patched.matchRoutes(tree(), url)), url).toEqual(expected);
    }
    expect(trees.filter(([tree, url]) => original.matchRoutes(tree(), url) === null).length).toBe(2);
  });

  it("is applied to the router the server requires", () => {
    const script = `
      import { installRouterPatch } from "./scripts/router-branch-cache.js";
      import { createRequire } from "node:module";
      const patch = installRouterPatch();
      await import("@remix-run/node");
      const router = createRequire(process.cwd() + "/package.json")("@remix-run/router");
      process.stdout.write(JSON.stringify([patch.applied(), router.UNSAFE_werkplaatsBranchCache === true]));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([true, true]);
  });
});
