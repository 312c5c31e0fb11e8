import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newToken } from "~/modules/auth/tokens.server";
import { acceptCompanyInvitation, findCompanyInvitation, findOpenInvitation } from "~/modules/invitations/index.server";
import { migrationsFolder, openPglite, openPostgres, useDatabase, type DatabaseHandle } from "~/utils/db.server";
import { currentTestDatabase } from "../support/per-file-database";
import { serverUrl, withDatabase } from "../support/db";

// The move from two invitation tables to one, on a database that has invitations of both
// kinds in the old tables: everything before the move is applied, rows are written the old
// way, then the rest of the migrations run. Found by name, so renumbering does not matter.
const FIRST_OF_THE_MOVE = "_invitation_scopes";

let handle: DatabaseHandle;
let dropDatabase = async () => {};
const folders: string[] = [];

/** A copy of the migrations folder whose journal stops before the first migration of the move. */
function migrationsBeforeTheMove() {
  const source = migrationsFolder();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "invitations-migration-"));
  folders.push(folder);
  fs.cpSync(source, folder, { recursive: true });
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag.endsWith(FIRST_OF_THE_MOVE));
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

/** Rows of a raw query: PGlite answers `{ rows }`, postgres.js an array. */
async function query(statement: ReturnType<typeof sql>) {
  const result = (await handle.db.execute(statement)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
}

async function migrate(folder: string) {
  if (handle.kind === "pglite") await migratePglite(handle.db as never, { migrationsFolder: folder });
  else await migratePostgres(handle.db as never, { migrationsFolder: folder });
}

beforeAll(async () => {
  const url = serverUrl();
  if (url) {
    const name = `werkplaats_migration_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const admin = postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    handle = openPostgres(withDatabase(url, name), 2);
    dropDatabase = async () => {
      const again = postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
      await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    };
  } else {
    handle = (await openPglite()).handle;
  }
});

afterAll(async () => {
  useDatabase(currentTestDatabase());
  await handle?.close();
  await dropDatabase();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe("moving invitations into one table", () => {
  it("keeps every role and team invitation, its state and its link", async () => {
    await migrate(migrationsBeforeTheMove());
    const role = newToken();
    const openTeam = newToken();
    const usedTeam = newToken();
    const [made] = await query(sql`
      with w as (insert into werkplaatsen (slug, name, street, postal_code, city, kvk_number, btw_id, iban, email)
                 values ('doc-oud', 'DOC Oud', 'Voorstraat 1', '3311 ES', 'Dordrecht', '12345678', 'NL000000000B01', 'NL91ABNA0417164300', 'info@oud.nl')
                 returning id),
           u as (insert into users (name, email, password_hash, terms_accepted_at, email_verified_at)
                 values ('Sanne Visser', 'sanne@oud.nl', 'x', now(), now()) returning id),
           c as (insert into companies (werkplaats_id, name, kvk_number, street, postal_code, city, billing_email)
                 select w.id, 'Merwe Media', '61234567', 'Voorstraat 1', '3311 ES', 'Dordrecht', 'admin@merwe.nl' from w returning id)
      select w.id as werkplaats, u.id as inviter, c.id as company from w, u, c`);
    const { werkplaats, inviter, company } = made as { werkplaats: string; inviter: string; company: string };
    await query(sql`
      insert into invitations (werkplaats_id, email, name, role, token_hash, invited_by, expires_at)
      values (${werkplaats}, 'rol@oud.nl', 'Rol', 'staff', ${role.hash}, ${inviter}, now() + interval '7 days')`);
    await query(sql`
      insert into company_invitations (company_id, email, name, token_hash, invited_by, expires_at, accepted_at)
      values (${company}, 'open@oud.nl', 'Open', ${openTeam.hash}, ${inviter}, now() + interval '14 days', null),
             (${company}, 'gebruikt@oud.nl', 'Gebruikt', ${usedTeam.hash}, ${inviter}, now() + interval '14 days', now())`);

    await migrate(migrationsFolder());

    const moved = await query(sql`
      select email, scope, role, company_id as "companyId", werkplaats_id as "werkplaatsId", accepted_at is not null as accepted
      from invitations order by email`);
    expect(moved).toEqual([
      { email: "gebruikt@oud.nl", scope: "company", role: null, companyId: company, werkplaatsId: werkplaats, accepted: true },
      { email: "open@oud.nl", scope: "company", role: null, companyId: company, werkplaatsId: werkplaats, accepted: false },
      { email: "rol@oud.nl", scope: "role", role: "staff", companyId: null, werkplaatsId: werkplaats, accepted: false },
    ]);
    expect(await query(sql`select to_regclass('company_invitations') is null as gone`)).toEqual([{ gone: true }]);

    // Links emailed before the move work as before: open ones open, the used one stays used.
    useDatabase(handle);
    expect(await findOpenInvitation(role.token, null)).toMatchObject({ email: "rol@oud.nl", role: "staff", inviterName: "Sanne Visser" });
    expect(await findCompanyInvitation(openTeam.token, null)).toMatchObject({
      email: "open@oud.nl",
      companyName: "Merwe Media",
      werkplaatsId: werkplaats,
    });
    expect(await findCompanyInvitation(usedTeam.token, null)).toBeUndefined();
    await acceptCompanyInvitation(openTeam.token, { password: "een lange zin voor open", locale: "nl", currentUserId: null });
    expect(await findCompanyInvitation(openTeam.token, null)).toBeUndefined();
  });
});
