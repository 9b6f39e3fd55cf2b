import { getTranslations } from "@/lib/i18n/translations";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { STATUS_STYLE, type StatusCounts } from "@/lib/status";

/**
 * A stacked bar of status counts with the counts in words beside it (the text is
 * the accessible alternative; the bar itself is decoration).
 */
export async function StatusBar({ counts }: { counts: StatusCounts }) {
  const t = await getTranslations("status");
  const total = IMPLEMENTATION_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const present = IMPLEMENTATION_STATUSES.filter((s) => counts[s] > 0);
  return (
    <div className="space-y-1.5">
      <div aria-hidden="true" className="flex h-2 w-full overflow-hidden rounded-full bg-slate-100">
        {present.map((s) => (
          <span key={s} style={{ width: `${(counts[s] / total) * 100}%`, background: STATUS_STYLE[s].bar }} />
        ))}
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
        {total === 0
          ? t("noItems")
          : present.map((s) => (
              <span key={s}>
                <span aria-hidden="true">{STATUS_STYLE[s].icon} </span>
                {t("countOf", { count: counts[s], status: t(s) })}
              </span>
            ))}
      </p>
    </div>
  );
}
