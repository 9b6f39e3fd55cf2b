import { getTranslations } from "next-intl/server";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { STATUS_STYLE, type StatusCounts } from "@/lib/status";

type Row = { key: string; label: React.ReactNode; counts: StatusCounts };

/**
 * Status counts per group (plan, ministry, sector) as a table, with a stacked bar in
 * each row. The numbers are the chart: the bar only repeats them.
 *
 * Below lg (a phone, or a laptop at 200% zoom) the eight columns do not fit, so the
 * same table is laid out as cards: each row a card with its bar across the top and
 * every count beside its status's name (shown only there; the column headings
 * name them from lg up). One table for both, so the page carries the counts once.
 */
export async function StatusGroupTable({
  caption,
  groupLabel,
  rows,
}: {
  caption: string;
  groupLabel: string;
  rows: readonly Row[];
}) {
  const t = await getTranslations("status");
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-white">
      <table className="block w-full border-collapse text-sm lg:table">
        <caption className="sr-only">{caption}</caption>
        <thead className="hidden bg-paper text-xs text-muted lg:table-header-group">
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
        <tbody className="block divide-y divide-line lg:table-row-group">
          {rows.map((row) => (
            <GroupRow key={row.key} row={row} labels={{ total: t("total"), status: (s) => t(s) }} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One group: a card below lg (a grid of labelled counts), a table row from lg up. */
function GroupRow({
  row,
  labels,
}: {
  row: Row;
  labels: { total: string; status: (s: (typeof IMPLEMENTATION_STATUSES)[number]) => string };
}) {
  const total = IMPLEMENTATION_STATUSES.reduce((n, s) => n + row.counts[s], 0);
  return (
    <tr
      className="grid grid-cols-2 gap-x-4 gap-y-1.5 p-4 sm:grid-cols-3 lg:table-row lg:p-0"
      data-testid="status-group-row"
    >
      <th scope="row" className="col-span-full text-left font-medium lg:px-3 lg:py-2">
        {row.label}
      </th>
      <td className="col-span-full pb-1 lg:px-3 lg:py-2">
        <div aria-hidden="true" className="flex h-2 w-full overflow-hidden rounded-full bg-slate-100 lg:w-36">
          {IMPLEMENTATION_STATUSES.filter((s) => row.counts[s] > 0).map((s) => (
            <span key={s} style={{ width: `${(row.counts[s] / total) * 100}%`, background: STATUS_STYLE[s].bar }} />
          ))}
        </div>
      </td>
      {IMPLEMENTATION_STATUSES.map((s) => (
        <td
          key={s}
          className={`flex items-baseline justify-between gap-2 tabular-nums lg:table-cell lg:px-2 lg:py-2 lg:text-right ${row.counts[s] === 0 ? "text-muted" : ""}`}
        >
          <span className="min-w-0 text-xs text-muted lg:hidden">
            <span aria-hidden="true" className="font-bold" style={{ color: STATUS_STYLE[s].bar }}>
              {STATUS_STYLE[s].icon}{" "}
            </span>
            {labels.status(s)}
          </span>
          {row.counts[s]}
        </td>
      ))}
      <td className="col-span-full mt-1 flex items-baseline justify-between gap-2 border-t border-line pt-2 font-medium tabular-nums lg:table-cell lg:border-0 lg:px-3 lg:py-2 lg:text-right">
        <span className="text-xs text-muted lg:hidden">{labels.total}</span>
        {total}
      </td>
    </tr>
  );
}
