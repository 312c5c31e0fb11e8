// Who takes part in the workshop's demo year: the students of the two schools and the SMEs' shape.

/** An SME as it asks for help at the intake. */
export type Sme = {
  organisation: string;
  contact: string;
  sector: string;
  size: "zzp" | "2-10" | "10-50" | "50-250" | "foundation";
  themes: string[];
  question: string;
};

/** Students of ROC Da Vinci College (mbo) and Hogeschool Rotterdam (hbo); Noor is the demo login. */
export const STUDENTS = [
  { email: "noor@student.davinci.nl", name: "Noor Hendriks", institution: "ROC Da Vinci College", level: "mbo" as const },
  { email: "sem.vandijk@student.davinci.nl", name: "Sem van Dijk", institution: "ROC Da Vinci College", level: "mbo" as const },
  { email: "aylin.kaya@student.davinci.nl", name: "Aylin Kaya", institution: "ROC Da Vinci College", level: "mbo" as const },
  { email: "thijs.bos@student.hr.nl", name: "Thijs Bos", institution: "Hogeschool Rotterdam", level: "hbo" as const },
  { email: "mila.jansen@student.hr.nl", name: "Mila Jansen", institution: "Hogeschool Rotterdam", level: "hbo" as const },
  { email: "jayden.martis@student.hr.nl", name: "Jayden Martis", institution: "Hogeschool Rotterdam", level: "hbo" as const },
  { email: "daan.visser@student.davinci.nl", name: "Daan Visser", institution: "ROC Da Vinci College", level: "mbo" as const },
  { email: "fatima.elamrani@student.davinci.nl", name: "Fatima El Amrani", institution: "ROC Da Vinci College", level: "mbo" as const },
  { email: "lucas.degraaf@student.hr.nl", name: "Lucas de Graaf", institution: "Hogeschool Rotterdam", level: "hbo" as const },
  { email: "sophie.bakker@student.hr.nl", name: "Sophie Bakker", institution: "Hogeschool Rotterdam", level: "hbo" as const },
];

export type Student = (typeof STUDENTS)[number] & { id: string };

/** The SME's address in the demo, made from its name. */
export const mailOf = (organisation: string) =>
  `info@${organisation
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "")}.nl`;
