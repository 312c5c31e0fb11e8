import type { Role } from "../../app/modules/auth";

/** The demo accounts printed by `npm start` and listed in the README. */
export const demoLogins: { email: string; name: string; roles: Role[]; phone?: string }[] = [
  { email: "beheer@doc-dordrecht.nl", name: "Marieke de Vries", roles: ["manager"], phone: "078 303 12 00" },
  { email: "jeroen@doc-dordrecht.nl", name: "Jeroen Bakker", roles: ["staff"], phone: "06 21 43 65 87" },
  { email: "fatima@doc-dordrecht.nl", name: "Fatima el Amrani", roles: ["staff"] },
  { email: "sanne@studio-noord.nl", name: "Sanne Visser", roles: ["member"], phone: "06 12 34 56 78" },
  { email: "daan@bitwerk.nl", name: "Daan Jansen", roles: ["member"] },
  { email: "noor@student.davinci.nl", name: "Noor Hendriks", roles: ["student"] },
  { email: "docent@davinci.nl", name: "Pieter van Leeuwen", roles: ["teacher"] },
  { email: "partner@rabobank-drechtsteden.nl", name: "Esther Mulder", roles: ["partner"] },
];
