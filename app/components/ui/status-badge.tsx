type Tone = "neutral" | "good" | "warn" | "bad" | "info";
const tones: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-800 border-slate-300",
  good: "bg-green-50 text-green-900 border-green-600",
  warn: "bg-amber-50 text-amber-900 border-amber-600",
  bad: "bg-red-50 text-red-900 border-red-600",
  info: "bg-sky-50 text-sky-900 border-sky-600",
};

/** Status as text and colour together, never colour alone. */
export function StatusBadge({ tone, children }: { tone: Tone; children: string }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${tones[tone]}`}>
      {children}
    </span>
  );
}
