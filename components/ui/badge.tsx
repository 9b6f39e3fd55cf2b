import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  accent: "bg-accent-soft text-accent-strong ring-cyan-200",
  kr: "bg-sky-50 text-sky-800 ring-sky-200",
  cn: "bg-rose-50 text-rose-800 ring-rose-200",
  other: "bg-amber-50 text-amber-800 ring-amber-200",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge ${TONES[tone]}`}>{children}</span>;
}

export function sideTone(side: string): BadgeTone {
  return side === "KR" ? "kr" : side === "CN" ? "cn" : "other";
}
