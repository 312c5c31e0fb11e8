import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { withErrorStatuses } from "~/server/route-errors.server";
import { conflict, notFound } from "~/utils/errors";

// A build as the compiler makes it, small: a page and a JSON resource route whose loaders throw
// a module's DomainError without wrapping it, and a page whose action does.
const refusals = {
  loader: () => {
    throw notFound("bookings.notFound");
  },
  action: () => {
    throw conflict("bookings.errors.taken");
  },
};
const page = { default: () => null, ErrorBoundary: () => null, ...refusals };
const manifestEntry = (id: string, parentId?: string) => ({
  id,
  parentId,
  module: `/${id}.js`,
  hasLoader: id !== "root",
  hasAction: id !== "root",
  hasClientAction: false,
  hasClientLoader: false,
  hasErrorBoundary: id === "routes/page",
});

// What the page's ErrorBoundary would be given, as the document entry receives it.
let boundaryErrors: Record<string, unknown> | null = null;
const renderPage = (
  _request: Request,
  status: number,
  _headers: Headers,
  context: { staticHandlerContext: { errors: Record<string, unknown> | null } },
) => {
  boundaryErrors = context.staticHandlerContext.errors;
  return new Response(`page ${status}`, { status });
};

const build = {
  mode: "production",
  entry: { module: { default: renderPage, handleError: () => {} } },
  routes: {
    root: { id: "root", path: "", module: { default: () => null } },
    "routes/page": { id: "routes/page", parentId: "root", path: "page", module: page },
    "routes/items": { id: "routes/items", parentId: "root", path: "items.json", module: { loader: refusals.loader } },
  },
  assets: {
    entry: { imports: [], module: "/entry.js" },
    routes: {
      root: manifestEntry("root"),
      "routes/page": manifestEntry("routes/page", "root"),
      "routes/items": manifestEntry("routes/items", "root"),
    },
    url: "/manifest.js",
    version: "test",
  },
  publicPath: "/build/",
  assetsBuildDirectory: "public/build",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
  isSpaMode: false,
} as unknown as ServerBuild;

const statusesOf = async (serve: ServerBuild) => {
  const handle = createRequestHandler(serve);
  const post = { method: "POST", body: new URLSearchParams({ x: "1" }) };
  // One after the other: the page's error is read from the last page rendered.
  const requests = [
    new Request("http://localhost/page"),
    new Request("http://localhost/items.json"),
    new Request("http://localhost/page", post),
  ];
  const statuses: number[] = [];
  for (const request of requests) statuses.push((await handle(request)).status);
  return statuses;
};

describe("loader and action errors", () => {
  it("come back with the DomainError's status, for every route, without a wrapper in the route", async () => {
    expect(await statusesOf(withErrorStatuses(build))).toEqual([404, 404, 409]);
    expect(boundaryErrors).toMatchObject({ "routes/page": { status: 409, data: { message: { key: "bookings.errors.taken" } } } });
  });

  it("were a 500 when a route forgot the wrapper (what the server answered before)", async () => {
    expect(await statusesOf(build)).toEqual([500, 500, 500]);
  });
});
