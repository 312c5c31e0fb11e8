import jsQR from "jsqr";
import { beforeAll, describe, expect, it } from "vitest";
import { checkinQrSvg, checkinUrl } from "~/modules/events/qr.server";
import { rasterizeSvg } from "../support/svg-raster";

// appUrl() reads the environment once, on first use.
beforeAll(() => {
  process.env.APP_URL = "https://werkplaats.example.nl/";
});

describe("the check-in QR code on a ticket", () => {
  it("points at the check-in page for the code, on the app's public address", () => {
    expect(checkinUrl("K7QX2M9PLA")).toBe("https://werkplaats.example.nl/checkin/K7QX2M9PLA");
  });

  it("scans back to that address from the SVG the ticket page shows", () => {
    const { pixels, width, height } = rasterizeSvg(checkinQrSvg("K7QX2M9PLA"));
    expect(jsQR(pixels, width, height)?.data).toBe("https://werkplaats.example.nl/checkin/K7QX2M9PLA");
    expect(jsQR(rasterizeSvg(checkinQrSvg("ZZ22ZZ22ZZ")).pixels, width, height)?.data).toBe(
      "https://werkplaats.example.nl/checkin/ZZ22ZZ22ZZ",
    );
  });

  it("keeps a light quiet zone of four modules around it, which door scanners need", () => {
    const { width, height, isDark } = rasterizeSvg(checkinQrSvg("K7QX2M9PLA"));
    // 6 units per module; the first finder pattern starts right after the quiet zone.
    const quiet = 4 * 6;
    const darkInBorder = [];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        if ((x < quiet || y < quiet || x >= width - quiet || y >= height - quiet) && isDark(x, y)) darkInBorder.push([x, y]);
    expect(darkInBorder).toEqual([]);
    expect(isDark(quiet, quiet)).toBe(true);
  });
});
