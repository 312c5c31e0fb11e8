import type { OpeningHours } from "../schema";

/** The rooms of DOC Dordrecht in the demo: their hours, prices, buffers and who may book them. */
const weekdays = (open: string, close: string, saturday?: { open: string; close: string }): OpeningHours => ({
  "1": { open, close },
  "2": { open, close },
  "3": { open, close },
  "4": { open, close },
  "5": { open, close },
  ...(saturday ? { "6": saturday } : {}),
});

export const demoRooms = [
  {
    name: "De Merwede",
    description: "Vergaderruimte aan de waterkant voor 8 personen.",
    capacity: 8,
    amenities: ["screen", "whiteboard", "video", "coffee", "daylight"],
    memberHourlyCents: 1750,
    guestHourlyCents: 3000,
    openingHours: weekdays("08:00", "22:00", { open: "09:00", close: "17:00" }),
    bufferAfterMinutes: 15,
    bookableBy: "members",
  },
  {
    name: "De Biesbosch",
    description: "Kleine overlegruimte voor 4 personen, ideaal voor een klantgesprek.",
    capacity: 4,
    amenities: ["screen", "coffee", "accessible"],
    memberHourlyCents: 1000,
    guestHourlyCents: 1800,
    openingHours: weekdays("08:00", "20:00"),
    bufferAfterMinutes: 15,
    bookableBy: "members",
  },
  {
    name: "Het Atelier",
    description: "Werkruimte met lange tafels voor workshops tot 16 personen.",
    capacity: 16,
    amenities: ["beamer", "whiteboard", "coffee", "accessible", "daylight"],
    memberHourlyCents: 2750,
    guestHourlyCents: 4500,
    openingHours: weekdays("08:00", "22:00"),
    bufferAfterMinutes: 30,
    bookableBy: "members",
  },
  {
    name: "De Grote Zaal",
    description: "Zaal voor talks, masterclasses en hackathons tot 60 personen.",
    capacity: 60,
    amenities: ["beamer", "screen", "sound", "coffee", "accessible"],
    memberHourlyCents: 6000,
    guestHourlyCents: 9500,
    openingHours: weekdays("08:00", "23:00", { open: "09:00", close: "23:00" }),
    bufferAfterMinutes: 30,
    bookableBy: "staff",
  },
] as const;
