/** The demo werkplaats's slug: the seed makes it, and only there does the app offer demo-only things (a sample bank statement). */
export const DEMO_SLUG = "doc-dordrecht";
