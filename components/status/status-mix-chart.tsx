import { getLocale, getTranslations } from "next-intl/server";
import { formatPartialDate } from "@/lib/dates";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { STATUS_STYLE, type StatusCounts } from "@/lib/status";

/**
 * How the status mix changed: one stacked column per period end, drawn as SVG on
 * the server (no chart library, no JavaScript), with the same figures as a table.
 */
export async function StatusMixChart({ mix }: { mix: readonly { end: string; counts: StatusCounts }[] }) {
  const locale = await getLocale();
  const t = await getTranslations("status");
  const totals = mix.map((m) => IMPLEMENTATION_STATUSES.reduce((n, s) => n + m.counts[s], 0));
  const max = Math.max(1, ...totals);
  const width = Math.max(240, mix.length * 56);
  const height = 160;
  const barWidth = 32;
  const label = (end: string, i: number) => (i === mix.length - 1 ? t("now") : end.slice(0, 4));

  return (
    <figure className="space-y-3">
      <div className="relative overflow-x-auto rounded-lg border border-line bg-white p-3">
        <svg
          role="img"
          aria-labelledby="mix-title"
          viewBox={`0 0 ${width} ${height + 24}`}
          width={width}
          height={height + 24}
          className="max-w-none"
        >
          <title id="mix-title">{t("mixTitle")}</title>
          {mix.map((m, i) => {
            let y = height;
            const x = i * 56 + 12;
            return (
              <g key={m.end}>
                {IMPLEMENTATION_STATUSES.filter((s) => m.counts[s] > 0).map((s) => {
                  const h = (m.counts[s] / max) * (height - 8);
                  y -= h;
                  return (
                    <rect key={s} x={x} y={y} width={barWidth} height={h} fill={STATUS_STYLE[s].bar}>
                      <title>{`${label(m.end, i)}: ${t(s)} ${m.counts[s]}`}</title>
                    </rect>
                  );
                })}
                <text x={x + barWidth / 2} y={height + 16} textAnchor="middle" fontSize="11" fill="#55606b">
                  {label(m.end, i)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
        {IMPLEMENTATION_STATUSES.map((s) => (
          <span key={s} className="inline-flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-2.5 w-2.5 rounded-sm"
              style={{ background: STATUS_STYLE[s].bar }}
            />
            <span aria-hidden="true">{STATUS_STYLE[s].icon}</span>
            {t(s)}
          </span>
        ))}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">{t("asTable")}</summary>
        <div className="relative mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-xs">
            <caption className="sr-only">{t("mixTitle")}</caption>
            <thead>
              <tr className="text-muted">
                <th scope="col" className="px-2 py-1 text-left">
                  {t("periodEnd")}
                </th>
                {IMPLEMENTATION_STATUSES.map((s) => (
                  <th key={s} scope="col" className="px-2 py-1 text-right">
                    {t(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mix.map((m) => (
                <tr key={m.end} className="border-t border-line">
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    {formatPartialDate(m.end, locale)}
                  </th>
                  {IMPLEMENTATION_STATUSES.map((s) => (
                    <td key={s} className="px-2 py-1 text-right tabular-nums">
                      {m.counts[s]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
