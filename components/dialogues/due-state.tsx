import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";
import type { DueState } from "@/lib/cadence";

const STYLE: Record<DueState["kind"], { icon: string; className: string }> = {
  scheduled: { icon: "◷", className: "bg-sky-50 text-sky-900 ring-sky-300" },
  due: { icon: "◷", className: "bg-slate-50 text-slate-800 ring-slate-300" },
  overdue: { icon: "!", className: "bg-rose-50 text-rose-900 ring-rose-300" },
  unconfirmed: { icon: "?", className: "bg-amber-50 text-amber-950 ring-amber-300" },
  unknown: { icon: "–", className: "bg-white text-slate-600 ring-slate-300" },
};

/** Where a dialogue stands against its cadence: next meeting, due, overdue… in words. */
export async function DueStateBadge({ due }: { due: DueState }) {
  const t = await getTranslations("dialogues.due");
  const style = STYLE[due.kind];
  return (
    <span className={`due ${style.className}`} data-due={due.kind}>
      <span aria-hidden="true">{style.icon}</span>
      {t(due.kind)}
      {"on" in due ? (
        <>
          {" "}
          <PartialDate value={due.on} />
        </>
      ) : null}
    </span>
  );
}
