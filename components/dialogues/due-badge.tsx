import type { ReactNode } from "react";
import type { DueState } from "@/lib/cadence";

const STYLE: Record<DueState["kind"], { icon: string; className: string }> = {
  scheduled: { icon: "◷", className: "bg-sky-50 text-sky-900 ring-sky-300" },
  due: { icon: "◷", className: "bg-slate-50 text-slate-800 ring-slate-300" },
  overdue: { icon: "!", className: "bg-rose-50 text-rose-900 ring-rose-300" },
  unconfirmed: { icon: "?", className: "bg-amber-50 text-amber-950 ring-amber-300" },
  unknown: { icon: "–", className: "bg-white text-slate-600 ring-slate-300" },
};

/**
 * DueStateBadge's markup with its words and date given: no hooks or server calls, so
 * the dialogue rows drawn on the client (dialogue-cards.tsx) use it as the server does.
 */
export function DueBadge({ kind, word, date }: { kind: DueState["kind"]; word: string; date?: ReactNode }) {
  const style = STYLE[kind];
  return (
    <span className={`due ${style.className}`} data-due={kind}>
      <span aria-hidden="true">{style.icon}</span>
      {word}
      {date ? <> {date}</> : null}
    </span>
  );
}
