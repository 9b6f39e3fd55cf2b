import { getLocale, getTranslations } from "next-intl/server";
import { LocalizedName } from "@/components/ui/localized-name";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { toQueryString } from "@/lib/schemas/search-params";
import type { Locale } from "@/lib/schemas/vocab";
import type { CounterpartMatrix as Matrix } from "@/lib/server/queries/ministries";

/**
 * Which Korean ministry has signed with which Chinese ministry: each cell is the
 * number of agreements both signed, linking to exactly those agreements. In
 * Chinese the Chinese ministries are the rows (中韩).
 */
export async function CounterpartMatrix({ matrix }: { matrix: Matrix }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("ministries");
  const tSide = await getTranslations("side");
  const chineseFirst = locale === "zh";
  const count = (r: string, c: string) => (chineseFirst ? matrix.counts[c]?.[r] : matrix.counts[r]?.[c]) ?? 0;
  const allRows = chineseFirst ? matrix.chinese : matrix.korean;
  const allCols = chineseFirst ? matrix.korean : matrix.chinese;
  // The most active bodies of each side, in their order: a matrix of every pair grows with
  // the square of the bodies (issue 19); every pair stays one filter away.
  const rows = mostActive(allRows, (r) => allCols.reduce((n, c) => n + count(r, c.slug), 0));
  const cols = mostActive(allCols, (c) => allRows.reduce((n, r) => n + count(r.slug, c), 0));
  const label = (m: Matrix["korean"][number]) => m.abbreviation ?? localized(m, "name", locale).text;

  if (rows.length === 0) return <p className="text-sm text-muted">{t("matrixEmpty")}</p>;
  const trimmed = rows.length < allRows.length || cols.length < allCols.length;
  // Styled from one short class (app/globals.css, .mx): the table has a cell per pair of ministries.
  // An empty cell is left empty (a dot drawn by CSS): screen readers say "blank" and read
  // each cell with its row and column headers.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-white">
      <table className="mx" data-testid="counterpart-matrix">
        <caption className="sr-only">{t("matrixCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">
              {tSide(chineseFirst ? "CN" : "KR")} ↓ · {tSide(chineseFirst ? "KR" : "CN")} →
            </th>
            {cols.map((c) => (
              <th key={c.slug} scope="col" title={localized(c, "name", locale).text}>
                {label(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row" title={localized(r, "name", locale).text}>
                {label(r)}
                <span>
                  <LocalizedName value={localized(r, "name", locale)} />
                </span>
              </th>
              {cols.map((c) => {
                const n = count(r.slug, c.slug);
                const [kr, cn] = chineseFirst ? [c.slug, r.slug] : [r.slug, c.slug];
                return (
                  <td key={c.slug}>
                    {n > 0 ? (
                      <Link
                        href={`/agreements${toQueryString({ ministry: [kr, cn] })}`}
                        aria-label={t("matrixCell", { count: n, a: label(r), b: label(c) })}
                      >
                        {n}
                      </Link>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {trimmed ? (
        <p className="border-t border-line px-3 py-2 text-xs text-muted" data-testid="matrix-trimmed">
          {t("matrixTrimmed", { shown: MATRIX_SIDE, rows: allRows.length, cols: allCols.length })}
        </p>
      ) : null}
    </div>
  );
}

/** At most this many bodies a side in the matrix. */
const MATRIX_SIDE = 12;

/** The MATRIX_SIDE bodies with the most agreements, in their list's order. */
function mostActive<B extends { slug: string }>(bodies: readonly B[], total: (slug: string) => number): B[] {
  if (bodies.length <= MATRIX_SIDE) return [...bodies];
  const kept = new Set(
    [...bodies]
      .sort((a, b) => total(b.slug) - total(a.slug) || a.slug.localeCompare(b.slug))
      .slice(0, MATRIX_SIDE)
      .map((b) => b.slug),
  );
  return bodies.filter((b) => kept.has(b.slug));
}
