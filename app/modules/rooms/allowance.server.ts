/**
 * Included room minutes for a member in a calendar month (Europe/Amsterdam), from their
 * membership plan. The memberships module (issue 3) provides this once merged: the body then
 * calls `app/modules/memberships/allowance.server.ts`, which has exactly this signature.
 * Until then nobody has included hours and every booked minute is chargeable.
 */
export async function includedRoomMinutes(werkplaatsId: string, userId: string, monthStart: Date): Promise<number> {
  void werkplaatsId;
  void userId;
  void monthStart;
  return 0;
}
