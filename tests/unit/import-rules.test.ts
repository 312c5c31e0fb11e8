import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The import rules of .dependency-cruiser.cjs, run on a small house built for the purpose: every
// rule must catch its own slip, and the imports the house allows must pass. A rule that matches
// nothing (a wrong path, a symlinked node_modules resolving elsewhere) would otherwise pass silently.
const house: Record<string, string> = {
  "tsconfig.json": JSON.stringify({
    compilerOptions: { baseUrl: ".", moduleResolution: "Bundler", jsx: "react-jsx", paths: { "~/*": ["./app/*"], "#db/*": ["./db/*"] } },
  }),
  "app/routes/shop.tsx": [
    'import { eq } from "drizzle-orm";',
    'import { things } from "#db/schema/things";',
    'import { db } from "~/utils/db.server";',
    'import { openShop } from "~/modules/shop/index.server";',
    'import { stock } from "~/modules/shop/stock.server";',
    "export const used = [eq, things, db, openShop, stock];",
  ].join("\n"),
  "app/components/shelf.tsx": [
    'import type { Db } from "~/utils/db.server";',
    'import type { Stock } from "~/modules/shop/index.server";',
    'import { secret } from "~/utils/env.server";',
    "export const used: [Db | undefined, Stock | undefined, string] = [undefined, undefined, secret];",
  ].join("\n"),
  "app/modules/shop/index.server.ts": 'export { openShop } from "./stock.server";\nexport type { Stock } from "./stock.server";',
  "app/modules/shop/stock.server.ts": "export type Stock = number;\nexport const stock = 1;\nexport const openShop = () => stock;",
  "app/modules/shop/price.ts": 'import { stock } from "./stock.server";\nexport const price = stock * 2;',
  "app/modules/shop/messages.ts": 'export const nl = { "shop.title": "Winkel" };',
  "app/modules/till/till.server.ts": [
    'import { stock } from "~/modules/shop/stock.server";',
    'import { nl } from "~/modules/shop/messages";',
    'import { openShop } from "~/modules/shop/index.server";',
    "export const used = [stock, nl, openShop];",
  ].join("\n"),
  "app/utils/db.server.ts": "export type Db = object;\nexport const db = {};",
  "app/utils/env.server.ts": 'export const secret = "s";',
  "app/utils/first.ts": 'import { second } from "./second";\nexport const first = () => second;',
  "app/utils/second.ts": 'import { first } from "./first";\nexport const second = () => first;',
  "db/schema/things.ts": 'import { price } from "../../app/modules/shop/price";\nexport const things = price;',
  "tests/unit/stock.test.ts": 'import { stock } from "~/modules/shop/stock.server";\nexport const used = stock;',
};

const root = fs.mkdtempSync(path.join(os.tmpdir(), "werkplaats-import-rules-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cruise() {
  for (const [file, text] of Object.entries(house)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  fs.symlinkSync(path.resolve("node_modules"), path.join(root, "node_modules"));
  const cli = path.resolve("node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
  const config = path.resolve(".dependency-cruiser.cjs");
  const run = spawnSync(process.execPath, [cli, "--config", config, "--output-type", "json", "app", "db", "tests"], {
    cwd: root,
    encoding: "utf8",
  });
  const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, "node_modules/")}`);
}

describe("import rules", () => {
  it("catch each slip and let the allowed imports through", { timeout: 120_000 }, () => {
    expect(cruise().sort()).toEqual(
      [
        // a cycle is reported once, not once per file in it
        "no-cycles: app/utils/first.ts → app/utils/second.ts",
        "no-database-in-routes-and-components: app/routes/shop.tsx → node_modules/drizzle-orm/index.d.ts",
        "no-database-in-routes-and-components: app/routes/shop.tsx → db/schema/things.ts",
        "no-database-in-routes-and-components: app/routes/shop.tsx → app/utils/db.server.ts",
        "no-database-in-routes-and-components: app/components/shelf.tsx → app/utils/db.server.ts",
        "no-module-internals-from-outside-modules: app/routes/shop.tsx → app/modules/shop/stock.server.ts",
        "no-module-internals-from-outside-modules: db/schema/things.ts → app/modules/shop/price.ts",
        "no-module-internals-from-another-module: app/modules/till/till.server.ts → app/modules/shop/stock.server.ts",
        "no-app-in-db-schema: db/schema/things.ts → app/modules/shop/price.ts",
        "no-server-code-in-client-files: app/components/shelf.tsx → app/utils/env.server.ts",
        "no-server-code-in-client-files: app/modules/shop/price.ts → app/modules/shop/stock.server.ts",
      ].sort(),
    );
  });
});
