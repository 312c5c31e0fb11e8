/**
 * Text as the PDF's standard fonts can show it. They cover Windows-1252 only: any other letter
 * would come out as unrelated glyphs (a customer "Şahin İnşaat" printed as "V¶7¢0n"). Letters
 * with accents outside it lose the accent (Ş → S, ź → z), a few letters without a decomposition
 * get their usual ASCII stand-in, anything else becomes "?". The UBL keeps the exact name.
 */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const STAND_INS: Record<string, string> = {
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  ı: "i",
  Ħ: "H",
  ħ: "h",
  // Intl writes a minus sign and thin spaces in some amounts and dates.
  "\u2212": "-",
  "\u2011": "-",
  "\u2009": " ",
  "\u202f": " ",
};

export function winAnsiText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) {
      out += ch;
    } else if (STAND_INS[ch] !== undefined) {
      out += STAND_INS[ch];
    } else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base !== "" && /^[\x20-\x7e]+$/.test(base) ? base : "?";
    }
  }
  return out;
}
