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

const CACHES = `// werkplaats: ranked branches cached per routes array, compiled paths per pattern
let werkplaatsRankedBranches = new WeakMap();
function rankedBranchesOf(routes) {
  let branches = werkplaatsRankedBranches.get(routes);
  if (!branches) {
    branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    werkplaatsRankedBranches.set(routes, branches);
  }
  return branches;
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
    replace: "  let branches = rankedBranchesOf(routes);\n",
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
      "function patchRoutesImpl(routeId, children, routesToUse, manifest, mapRouteProperties) {\n  werkplaatsRankedBranches = new WeakMap();\n",
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
