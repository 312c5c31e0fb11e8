import { renderSVG } from "uqr";
import { appUrl } from "~/utils/env.server";

/** The URL a door check-in QR code holds: staff scan it with a phone camera and confirm. */
export const checkinUrl = (code: string) => `${appUrl()}/checkin/${code}`;

/** The QR code as an SVG string, rendered on the server (medium error correction, quiet zone of 4). */
export function checkinQrSvg(code: string): string {
  return renderSVG(checkinUrl(code), { ecc: "M", border: 4, pixelSize: 6 });
}
