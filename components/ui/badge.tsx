import type { ReactNode } from "react";

/** Each tone is one short class (app/globals.css, .b-…): a list page draws a hundred badges. */
const TONES = {
  neutral: "b-n",
  accent: "b-a",
  kr: "b-kr",
  cn: "b-cn",
  other: "b-o",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge ${TONES[tone]}`}>{children}</span>;
}

export function sideTone(side: string): BadgeTone {
  return side === "KR" ? "kr" : side === "CN" ? "cn" : "other";
}
