import { getLocale } from "next-intl/server";
import { formatPartialDate } from "@/lib/dates";
import { getTranslations } from "@/lib/i18n/translations";
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

  // One path per status (its piece of every column), not a rect per column and status:
  // the figures are in the table below, and the chart is one image to a screen reader.
  const paths = Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, ""]));
  mix.forEach((m, i) => {
    let y = height;
    const x = i * 56 + 12;
    for (const s of IMPLEMENTATION_STATUSES) {
      if (m.counts[s] === 0) continue;
      const h = (m.counts[s] / max) * (height - 8);
      y -= h;
      paths[s] += `M${x} ${round(y)}h${barWidth}v${round(h)}h-${barWidth}z`;
    }
  });

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
          {IMPLEMENTATION_STATUSES.filter((s) => paths[s]).map((s) => (
            <path key={s} d={paths[s]} fill={STATUS_STYLE[s].bar} />
          ))}
          <g textAnchor="middle" fontSize="11" fill="#55606b">
            {mix.map((m, i) => (
              <text key={m.end} x={i * 56 + 12 + barWidth / 2} y={height + 16}>
                {label(m.end, i)}
              </text>
            ))}
          </g>
        </svg>
      </div>
      <figcaption className="st-key">
        {IMPLEMENTATION_STATUSES.map((s) => (
          <span key={s} data-s={s} className="si">
            {t(s)}
          </span>
        ))}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">{t("asTable")}</summary>
        <div className="relative mt-2 overflow-x-auto">
          <table className="st-mix">
            <caption className="sr-only">{t("mixTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("periodEnd")}</th>
                {IMPLEMENTATION_STATUSES.map((s) => (
                  <th key={s} scope="col">
                    {t(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mix.map((m) => (
                <tr key={m.end}>
                  <th scope="row">{formatPartialDate(m.end, locale)}</th>
                  {IMPLEMENTATION_STATUSES.map((s) => (
                    <td key={s}>{m.counts[s]}</td>
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

const round = (n: number) => Math.round(n * 10) / 10;
