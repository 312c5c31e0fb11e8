import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The installed version of a package, read from its own package.json (what actually runs). */
function installedVersion(name: string): number[] {
  const file = path.resolve("node_modules", name, "package.json");
  const { version } = JSON.parse(fs.readFileSync(file, "utf8")) as { version: string };
  return version.split(/[.-]/).slice(0, 3).map(Number);
}

function isAfter(version: number[], floor: number[]) {
  for (let i = 0; i < floor.length; i++) {
    if (version[i]! !== floor[i]!) return version[i]! > floor[i]!;
  }
  return false;
}

describe("dependencies with known vulnerabilities stay upgraded", () => {
  // CVE-2025-14874: nodemailer up to and including 7.0.11.
  it("nodemailer is newer than 7.0.11", () => {
    const version = installedVersion("nodemailer");
    expect(isAfter(version, [7, 0, 11]), `nodemailer ${version.join(".")}`).toBe(true);
  });

  it("the comparison itself refuses the vulnerable versions", () => {
    expect(isAfter([7, 0, 11], [7, 0, 11])).toBe(false);
    expect(isAfter([6, 9, 16], [7, 0, 11])).toBe(false);
    expect(isAfter([7, 0, 12], [7, 0, 11])).toBe(true);
    expect(isAfter([8, 0, 0], [7, 0, 11])).toBe(true);
  });
});
