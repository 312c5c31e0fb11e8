import { describe, expect, it } from "vitest";
import { inertText, inertVars } from "~/modules/notifications/plain-text";

describe("values in mail are inert plain text", () => {
  it("breaks schemes and host names so mail programs do not link them, and keeps the text readable", () => {
    expect(inertText("https://evil.example/login")).toBe("https[:]//evil[.]example/login");
    expect(inertText("zie www.evil.nl of mail naar hulp@evil.nl")).toBe("zie www[.]evil[.]nl of mail naar hulp@evil[.]nl");
    expect(inertText("ftp://files.evil.co.uk")).toBe("ftp[:]//files[.]evil[.]co[.]uk");
  });

  it("leaves ordinary names, organisations and sentences alone", () => {
    for (const text of [
      "Sanne Visser",
      "Bitwerk B.V.",
      "Kaya Installatie v.o.f.",
      "St. Jansstraat 4",
      "Om 10.30 uur. Tot dan!",
      "José Ümit-Çelik",
    ]) {
      expect(inertText(text)).toBe(text);
    }
  });

  it("turns line breaks into spaces, so a name cannot start a paragraph of its own", () => {
    expect(inertText("Jan\r\n\r\nUw account verloopt")).toBe("Jan Uw account verloopt");
  });

  it("leaves the links we build ourselves and validated addresses as they are", () => {
    const vars = inertVars({
      name: "www.evil.nl",
      link: "https://werkplaats.nl/tickets/abc",
      ticketUrl: "https://werkplaats.nl/t",
      email: "jan@bitwerk.nl",
      position: 3,
    });
    expect(vars).toEqual({
      name: "www[.]evil[.]nl",
      link: "https://werkplaats.nl/tickets/abc",
      ticketUrl: "https://werkplaats.nl/t",
      email: "jan@bitwerk.nl",
      position: 3,
    });
  });
});
