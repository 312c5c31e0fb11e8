import { describe, expect, it } from "vitest";
import { werkplaatsen } from "#db/schema";
import { logIn } from "~/modules/auth/accounts.server";
import { rolesOf } from "~/modules/auth/access.server";
import { setUpFirstWerkplaats } from "~/modules/werkplaats/setup.server";
import { resolveWerkplaats } from "~/modules/werkplaats/werkplaats.server";
import { db } from "~/utils/db.server";

const setup = (slug: string, email: string) =>
  setUpFirstWerkplaats({
    werkplaats: {
      name: `Werkplaats ${slug}`,
      slug,
      street: "Noordendijk 250",
      postalCode: "3311 RR",
      city: "Dordrecht",
      kvkNumber: "24478562",
      btwId: "NL858234105B01",
      iban: "NL44RABO0123456789",
      email: "info@example.nl",
    },
    manager: { name: "Eerste Beheerder", email, password: "de eerste lange zin" },
    locale: "nl",
  });

describe("first-run set-up", () => {
  it("creates exactly one werkplaats with its first manager, also when submitted twice at once", async () => {
    expect(await resolveWerkplaats(undefined)).toBeUndefined();
    const results = await Promise.allSettled([setup("eerste", "een@example.nl"), setup("tweede", "twee@example.nl")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      status: 409,
      key: "setup.alreadyDone",
    });
    const rows = await db.select().from(werkplaatsen);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.postalCode).toBe("3311 RR");

    const winner = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<Awaited<ReturnType<typeof setup>>>).value;
    expect(await rolesOf(winner.user.id, winner.werkplaats.id)).toEqual(["manager"]);
    expect((await logIn(winner.user.email, "de eerste lange zin", "10.3.0.1")).id).toBe(winner.user.id);
    expect((await resolveWerkplaats(undefined))?.id).toBe(winner.werkplaats.id);
  });
});
