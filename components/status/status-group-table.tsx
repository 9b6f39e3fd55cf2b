import { getTranslations } from "@/lib/i18n/translations";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import type { StatusCounts } from "@/lib/status";

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
  const labels = Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, t(s)]));
  const total = t("total");
  // Styled from app/globals.css (.sg): a row is drawn per group, so its cells carry no classes.
  return (
    <div className="sg-w">
      <table className="sg">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col">
              <span className="sr-only">{t("chart")}</span>
            </th>
            {IMPLEMENTATION_STATUSES.map((s) => (
              <th key={s} scope="col" data-s={s}>
                <span className="si">{labels[s]}</span>
              </th>
            ))}
            <th scope="col">{total}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <GroupRow key={row.key} row={row} labels={labels} total={total} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One group: a card below lg (a grid of labelled counts), a table row from lg up. Its
 * cells are in the statuses' fixed order, which app/globals.css colours by position
 * (.sg), so a row carries no status names but the words a phone shows.
 */
function GroupRow({ row, labels, total }: { row: Row; labels: Record<string, string>; total: string }) {
  const sum = IMPLEMENTATION_STATUSES.reduce((n, s) => n + row.counts[s], 0);
  // Short keys: the RSC payload carries each beside its element.
  return (
    <tr data-testid="status-group-row">
      <th scope="row">{row.label}</th>
      <td>
        <div aria-hidden="true">
          {IMPLEMENTATION_STATUSES.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered (see above)
            <span key={i} style={{ width: `${sum === 0 ? 0 : Math.round((row.counts[s] / sum) * 1000) / 10}%` }} />
          ))}
        </div>
      </td>
      {IMPLEMENTATION_STATUSES.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered (see above)
        <td key={i} {...(row.counts[s] === 0 ? { className: "sg-0" } : {})}>
          <span>{labels[s]}</span>
          {row.counts[s]}
        </td>
      ))}
      <td>
        <span>{total}</span>
        {sum}
      </td>
    </tr>
  );
}
