import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { toQueryString } from "@/lib/schemas/search-params";

type QueryValue = string | number | readonly string[] | undefined | null;

const FORMATS = ["csv", "xlsx", "json"] as const;

/**
 * "Download this list: CSV · Excel · JSON" under a list view. The links carry the
 * page's own filters, so the file holds exactly what is on screen (every page of it),
 * and the page's language as `lang`, for the names written beside the codes.
 * `view` names the export (lib/server/export/handler.ts); `page` is never passed on.
 */
export async function ExportLinks({ view, filters }: { view: string; filters: Record<string, QueryValue> }) {
  const t = await getTranslations("openData");
  const locale = await getLocale();
  const { page: _page, ...rest } = filters;
  const query = toQueryString({ ...rest, lang: locale });
  return (
    <p className="no-print flex flex-wrap items-center gap-2 text-sm text-muted" data-testid="export-links">
      <span>{t("exportLabel")}:</span>
      {FORMATS.map((format, i) => (
        <span key={format} className="contents">
          {i > 0 ? <span aria-hidden="true">·</span> : null}
          <a href={`/export/${view}.${format}${query}`} download title={t(`${format}Title`)} className="font-medium">
            {t(format)}
          </a>
        </span>
      ))}
    </p>
  );
}
