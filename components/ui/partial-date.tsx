import { getLocale, getTranslations } from "next-intl/server";
import { formatPartialDate } from "@/lib/dates";

/**
 * A date at its own precision ("2026", "June 2026", "5 Jan 2026"), marked when it is
 * inferred; the reasoning opens on demand without JavaScript.
 */
export async function PartialDate({
  value,
  inferred = false,
  reasoning,
}: {
  value: string;
  inferred?: boolean;
  reasoning?: string | null;
}) {
  const locale = await getLocale();
  const t = await getTranslations("dates");
  const text = <time dateTime={value}>{formatPartialDate(value, locale)}</time>;
  if (!inferred) return text;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      {text}
      <details className="group inline-block text-xs">
        <summary
          title={t("inferredTitle")}
          className="inline-flex cursor-pointer list-none items-center gap-0.5 rounded bg-amber-50 px-1 text-amber-900 ring-1 ring-amber-200 ring-inset"
        >
          <span aria-hidden="true">≈</span> {t("inferred")}
        </summary>
        {reasoning ? (
          <span className="mt-1 block max-w-prose rounded border border-line bg-white p-2 text-muted">
            <span className="font-medium text-ink">{t("reasoning")}: </span>
            {reasoning}
          </span>
        ) : null}
      </details>
    </span>
  );
}
