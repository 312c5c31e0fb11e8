// Remix 2 matches a URL through @remix-run/router 1.x, which flattens and ranks the whole route
// tree and compiles a regular expression per route segment on EVERY match, several times per
// request: with 70+ route files that was the largest single cost of a page (decision 055).
// React Router 7 computes the ranked branches once per routes object; we stay on Remix 2, so
// server.js installs this hook before the build loads: when Node compiles the router's CommonJS
// file (the one the server requires), three small edits cache the ranked branches per routes
// array and the compiled path patterns per (path, caseSensitive, end). The installed file on
// disk is never changed, and the browser's copy (the ES module build) is untouched.
// If the router's text ever changes, patchRouterSource throws: the server refuses to start
// rather than quietly losing the cache.
import Module from "node:module";

const ROUTER_FILE = /[\\/]@remix-run[\\/]router[\\/]dist[\\/]router\.cjs\.js$/;

const CACHES = `// werkplaats: ranked branches cached per routes array and per shape, compiled paths per pattern
let werkplaatsRankedBranches = new WeakMap();
let werkplaatsRankedShapes = new Map();
function rankedBranchesOf(routes) {
  let ranked = werkplaatsRankedBranches.get(routes);
  if (ranked) return ranked;
  // Remix's server render builds new route objects for every page (createServerRoutes, then
  // createStaticRouter): the same tree each time, so its ranking is found by the tree's shape.
  let shape = werkplaatsShapeOf(routes);
  ranked = shape === null ? undefined : werkplaatsRankedShapes.get(shape);
  if (!ranked) {
    let branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    ranked = { routes, branches, found: new Map() };
    if (shape !== null) {
      if (werkplaatsRankedShapes.size >= 50) werkplaatsRankedShapes.clear();
      werkplaatsRankedShapes.set(shape, ranked);
    }
  }
  werkplaatsRankedBranches.set(routes, ranked);
  return ranked;
}
// Everything flattenRoutes and rankRouteBranches read from a route tree; null when unsure.
function werkplaatsShapeOf(routes) {
  let shape = "";
  for (let route of routes) {
    let path = route.path;
    if (path != null && typeof path !== "string") return null;
    shape += (route.index === true ? "I" : route.index ? "i" : "-") + (route.caseSensitive === true ? "C" : "-");
    shape += path == null ? "~" : path.length + ":" + path;
    if (route.children && route.children.length > 0) {
      let children = werkplaatsShapeOf(route.children);
      if (children === null) return null;
      shape += "(" + children + ")";
    }
    shape += ";";
  }
  return shape;
}
// Which branch a pathname matched (branches.length: none), per ranking: the same page asks
// four times per request (request handler, static handler, lazy-discovery manifest, React's
// <Routes>), and each search tries the branches in order. Matching is a pure function of the
// ranking and the pathname, so the remembered branch is matched again (fresh match objects)
// and the branches before it are skipped. At most 1,000 pathnames per ranking.
function werkplaatsSearchRange(ranked, decoded, allowPartial) {
  let at = ranked.found.get((allowPartial ? "1" : "0") + decoded);
  return at === undefined ? [0, ranked.branches.length] : [at, Math.min(at + 1, ranked.branches.length)];
}
function werkplaatsRemember(ranked, decoded, allowPartial, at) {
  if (ranked.found.size >= 1000) ranked.found.clear();
  ranked.found.set((allowPartial ? "1" : "0") + decoded, at);
}
// A match found in a ranking made for an equally shaped tree: the same positions in this tree.
function werkplaatsRehome(matches, branch, routes) {
  let list = routes;
  for (let k = 0; k < matches.length; k++) {
    let route = list[branch.routesMeta[k].childrenIndex];
    matches[k].route = route;
    list = route.children;
  }
}
const werkplaatsCompiledPaths = new Map();
function compilePath(path, caseSensitive, end) {
  let key = (caseSensitive ? "1" : "0") + (end === false ? "0" : "1") + path;
  let compiled = werkplaatsCompiledPaths.get(key);
  if (!compiled) {
    if (werkplaatsCompiledPaths.size >= 1000) werkplaatsCompiledPaths.clear();
    compiled = compilePathUncached(path, caseSensitive, end);
    werkplaatsCompiledPaths.set(key, compiled);
  }
  return compiled;
}
`;

/** Each edit's `find` must occur exactly once in the router's source. */
const EDITS = [
  {
    why: "matchRoutesImpl flattens and ranks on every call",
    find: "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n",
    replace: "  let ranked = rankedBranchesOf(routes);\n  let branches = ranked.branches;\n",
  },
  {
    why: "matchRoutesImpl tries every branch in order on every call",
    find: "  let decoded = decodePath(pathname);\n  for (let i = 0; matches == null && i < branches.length; ++i) {\n",
    replace:
      "  let decoded = decodePath(pathname);\n" +
      "  let [werkplaatsFirst, werkplaatsEnd] = werkplaatsSearchRange(ranked, decoded, allowPartial);\n" +
      "  for (let i = werkplaatsFirst; matches == null && i < werkplaatsEnd; ++i) {\n",
  },
  {
    why: "matchRoutesImpl returns the ranked branches' own route objects",
    find: "    matches = matchRouteBranch(branches[i], decoded, allowPartial);\n",
    replace:
      "    matches = matchRouteBranch(branches[i], decoded, allowPartial);\n" +
      "    if (matches != null) {\n" +
      "      werkplaatsRemember(ranked, decoded, allowPartial, i);\n" +
      "      if (ranked.routes !== routes) werkplaatsRehome(matches, branches[i], routes);\n" +
      "    }\n",
  },
  {
    why: "matchRoutesImpl ends without a match",
    find: "  return matches;\n}\nfunction convertRouteMatchToUiMatch(",
    replace:
      "  if (matches == null) werkplaatsRemember(ranked, decoded, allowPartial, branches.length);\n" +
      "  return matches;\n}\nfunction convertRouteMatchToUiMatch(",
  },
  {
    why: "compilePath builds a RegExp on every call",
    find: "function compilePath(path, caseSensitive, end) {\n",
    replace: `${CACHES}function compilePathUncached(path, caseSensitive, end) {\n`,
  },
  {
    // Lazy route discovery adds children to route arrays in place: forget every ranking then.
    why: "patchRoutesImpl mutates route arrays in place",
    find: "function patchRoutesImpl(routeId, children, routesToUse, manifest, mapRouteProperties) {\n",
    replace:
      "function patchRoutesImpl(routeId, children, routesToUse, manifest, mapRouteProperties) {\n  werkplaatsRankedBranches = new WeakMap();\n  werkplaatsRankedShapes = new Map();\n",
  },
];

/** The router's source with the caches in; throws when the text to edit is not there once. */
export function patchRouterSource(source) {
  let patched = source;
  for (const edit of EDITS) {
    const at = patched.indexOf(edit.find);
    if (at < 0 || patched.indexOf(edit.find, at + 1) >= 0) {
      throw new Error(
        `@remix-run/router changed: the route-matching cache cannot be applied (${edit.why}). ` +
          "Check scripts/router-branch-cache.js against the installed router (decision 055).",
      );
    }
    patched = patched.slice(0, at) + edit.replace + patched.slice(at + edit.find.length);
  }
  return `${patched}\nexports.UNSAFE_werkplaatsBranchCache = true;\n`;
}

/**
 * Edits the router's CommonJS source as Node compiles it. Call before anything requires the
 * router; `applied()` then says whether it has been loaded through the hook.
 */
export function installRouterPatch() {
  let applied = false;
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileWithRouterCache(content, filename) {
    if (ROUTER_FILE.test(filename)) {
      content = patchRouterSource(content);
      applied = true;
    }
    return compile.call(this, content, filename);
  };
  return { applied: () => applied };
}
