// The foundation's read routes: the login page for a guest and the dashboard for a member.
import { loginCookie, run } from "../lib/load.js";

export const name = "read routes";
export const order = 0;

export async function measure({ base, label }) {
  const cookie = await loginCookie(base, "sanne@studio-noord.nl", "welkom-bij-doc");
  return [
    { scenario: `GET /login (guest), ${label}`, ...(await run({ url: `${base}/login` })) },
    { scenario: `GET / (member), ${label}`, ...(await run({ url: `${base}/`, headers: { cookie } })) },
  ];
}
