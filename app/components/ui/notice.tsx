import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "error";
const tones: Record<Tone, string> = {
  info: "border-sky-700 bg-sky-50 text-sky-950",
  success: "border-green-700 bg-green-50 text-green-950",
  warning: "border-amber-600 bg-amber-50 text-amber-950",
  error: "border-red-700 bg-red-50 text-red-950",
};

/** A message block; errors are announced to screen readers as alerts, the rest politely. */
export function Notice({ tone = "info", title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 px-4 py-3 ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
