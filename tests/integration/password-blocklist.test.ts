import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { changePassword, signUp } from "~/modules/auth/accounts.server";
import { verifyPassword } from "~/modules/auth/password-hash.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";

let werkplaats: { id: string; name: string };
beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
});

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => undefined,
    (e: unknown) => (e instanceof DomainError ? { status: e.status, key: e.key, field: e.field } : e),
  );
}

describe("common and breached passwords", () => {
  it.each(["Password1!", "Zomer2026!!", "qwertyuiop1"])(
    "refuse %s at sign-up, on the password field, and create no account",
    async (password) => {
      const email = `nieuw-${password.length}-${Math.random().toString(36).slice(2, 8)}@example.nl`;
      expect(await refusal(signUp({ name: "Nieuw Lid", email, password, locale: "nl" }, werkplaats))).toEqual({
        status: 400,
        key: "password.common",
        field: "password",
      });
      expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    },
  );

  it("are refused as a new password too, and the old one keeps working", async () => {
    const user = await makeUser({ password: "de huidige lange zin" });
    expect(await refusal(changePassword(user.id, "de huidige lange zin", "Zomer2026!!", null, "10.40.0.1"))).toMatchObject({
      status: 400,
      key: "password.common",
    });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(after!.passwordHash!, "de huidige lange zin")).toBe(true);
  });

  it("leave a passphrase alone", async () => {
    await signUp({ name: "Zin Kiezer", email: "zin-kiezer@example.nl", password: "fietsbel onder de appelboom", locale: "nl" }, werkplaats);
    const [user] = await db.select().from(users).where(eq(users.email, "zin-kiezer@example.nl"));
    expect(await verifyPassword(user!.passwordHash!, "fietsbel onder de appelboom")).toBe(true);
  });
});
