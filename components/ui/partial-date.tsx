import { getLocale } from "next-intl/server";
import { formatPartialDate } from "@/lib/dates";
import { getTranslations } from "@/lib/i18n/translations";

/**
 * A date at its own precision ("2026", "June 2026", "5 Jan 2026"), marked when it is
 * inferred; the reasoning opens on demand without JavaScript.
 */
export async function PartialDate({
  value,
  inferred = false,
  reasoning,
  brief = false,
}: {
  value: string;
  inferred?: boolean;
  reasoning?: string | null;
  /** In a list: the mark alone, the reasoning left to the record's page. */
  brief?: boolean;
}) {
  const locale = await getLocale();
  const t = await getTranslations("dates");
  const text = <time dateTime={value}>{formatPartialDate(value, locale)}</time>;
  if (!inferred) return text;
  if (brief || !reasoning) {
    return (
      <span className="pd">
        {text}
        <span className="pd-m" title={t("inferredTitle")}>
          <span aria-hidden="true">≈</span> {t("inferred")}
        </span>
      </span>
    );
  }
  // Styled from one short class (app/globals.css, .pd): a timeline draws dozens of these.
  return (
    <span className="pd">
      {text}
      <details>
        <summary title={t("inferredTitle")}>
          <span aria-hidden="true">≈</span> {t("inferred")}
        </summary>
        <span>
          <b>{t("reasoning")}: </b>
          {reasoning}
        </span>
      </details>
    </span>
  );
}
