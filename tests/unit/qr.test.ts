import jsQR from "jsqr";
import { encode, renderSVG } from "uqr";
import { describe, expect, it } from "vitest";
import { parseSpeakers, registrationState } from "~/modules/events/event-rules";

/** Rasterises a QR matrix (with its quiet zone) to RGBA pixels, as a camera would see it. */
function raster(data: boolean[][], scale = 4) {
  const size = data.length * scale;
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dark = data[Math.floor(y / scale)]![Math.floor(x / scale)]!;
      const i = (y * size + x) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = dark ? 0 : 255;
      pixels[i + 3] = 255;
    }
  }
  return { pixels, size };
}

describe("check-in QR code", () => {
  const url = "http://127.0.0.1:3000/checkin/K7QX2M9PLA";

  it("scans back to the check-in URL", () => {
    const { data } = encode(url, { ecc: "M", border: 4 });
    const { pixels, size } = raster(data);
    expect(jsQR(pixels, size, size)?.data).toBe(url);
  });

  it("renders as an SVG with dark modules", () => {
    const svg = renderSVG(url, { ecc: "M", border: 4, pixelSize: 6 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("viewBox");
  });
});

describe("event rules", () => {
  const base = { status: "published", startsAt: new Date("2026-12-10T14:00:00Z"), endsAt: new Date("2026-12-10T16:00:00Z"), capacity: 2, registrationOpensAt: null, registrationClosesAt: null };
  const now = new Date("2026-12-01T10:00:00Z");
  it("tells open, full, not yet, closed, past, draft and cancelled apart", () => {
    expect(registrationState(base, 1, now)).toBe("open");
    expect(registrationState(base, 2, now)).toBe("full");
    expect(registrationState({ ...base, registrationOpensAt: new Date("2026-12-02T00:00:00Z") }, 0, now)).toBe("notYet");
    expect(registrationState({ ...base, registrationClosesAt: new Date("2026-11-30T00:00:00Z") }, 0, now)).toBe("closed");
    expect(registrationState(base, 0, new Date("2026-12-10T14:30:00Z"))).toBe("closed");
    expect(registrationState(base, 0, new Date("2026-12-11T00:00:00Z"))).toBe("past");
    expect(registrationState({ ...base, status: "draft" }, 0, now)).toBe("draft");
    expect(registrationState({ ...base, status: "cancelled" }, 0, now)).toBe("cancelled");
  });

  it("reads speakers one per line", () => {
    expect(parseSpeakers("Sanne Visser, Studio Noord\n\n  Prof. K. de Boer ")).toEqual([{ name: "Sanne Visser", organisation: "Studio Noord" }, { name: "Prof. K. de Boer" }]);
  });
});
