import { getTranslations } from "next-intl/server";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { STATUS_STYLE, type StatusCounts } from "@/lib/status";

/**
 * Status counts per group (plan, ministry, sector) as a table, with a stacked bar in
 * each row. The numbers are the chart: the bar only repeats them.
 */
export async function StatusGroupTable({
  caption,
  groupLabel,
  rows,
}: {
  caption: string;
  groupLabel: string;
  rows: readonly { key: string; label: React.ReactNode; counts: StatusCounts }[];
}) {
  const t = await getTranslations("status");
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-paper text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              {groupLabel}
            </th>
            <th scope="col" className="w-40 px-3 py-2 text-left font-medium">
              <span className="sr-only">{t("chart")}</span>
            </th>
            {IMPLEMENTATION_STATUSES.map((s) => (
              <th key={s} scope="col" className="px-2 py-2 text-right font-medium whitespace-nowrap">
                <span aria-hidden="true">{STATUS_STYLE[s].icon} </span>
                {t(s)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => {
            const total = IMPLEMENTATION_STATUSES.reduce((n, s) => n + row.counts[s], 0);
            return (
              <tr key={row.key}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {row.label}
                </th>
                <td className="px-3 py-2">
                  <div aria-hidden="true" className="flex h-2 w-36 overflow-hidden rounded-full bg-slate-100">
                    {IMPLEMENTATION_STATUSES.filter((s) => row.counts[s] > 0).map((s) => (
                      <span
                        key={s}
                        style={{ width: `${(row.counts[s] / total) * 100}%`, background: STATUS_STYLE[s].bar }}
                      />
                    ))}
                  </div>
                </td>
                {IMPLEMENTATION_STATUSES.map((s) => (
                  <td
                    key={s}
                    className={`px-2 py-2 text-right tabular-nums ${row.counts[s] === 0 ? "text-slate-300" : ""}`}
                  >
                    {row.counts[s]}
                  </td>
                ))}
                <td className="px-3 py-2 text-right font-medium tabular-nums">{total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
