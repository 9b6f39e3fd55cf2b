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
  const rows = chineseFirst ? matrix.chinese : matrix.korean;
  const cols = chineseFirst ? matrix.korean : matrix.chinese;
  const count = (r: string, c: string) => (chineseFirst ? matrix.counts[c]?.[r] : matrix.counts[r]?.[c]) ?? 0;
  const label = (m: Matrix["korean"][number]) => m.abbreviation ?? localized(m, "name", locale).text;

  if (rows.length === 0) return <p className="text-sm text-muted">{t("matrixEmpty")}</p>;
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
    </div>
  );
}
