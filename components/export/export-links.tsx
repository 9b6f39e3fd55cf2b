import { getTranslations } from "next-intl/server";
import { toQueryString } from "@/lib/schemas/search-params";

type QueryValue = string | number | readonly string[] | undefined | null;

/**
 * "Download this list: CSV · JSON" under a list view. The links carry the page's
 * own filters, so the file holds exactly what is on screen (every page of it).
 * `view` names the export (lib/server/export/handler.ts); `page` is never passed on.
 */
export async function ExportLinks({ view, filters }: { view: string; filters: Record<string, QueryValue> }) {
  const t = await getTranslations("openData");
  const { page: _page, ...rest } = filters;
  const query = toQueryString(rest);
  return (
    <p className="no-print flex flex-wrap items-center gap-2 text-sm text-muted" data-testid="export-links">
      <span>{t("exportLabel")}:</span>
      <a href={`/export/${view}.csv${query}`} download title={t("csvTitle")} className="font-medium">
        {t("csv")}
      </a>
      <span aria-hidden="true">·</span>
      <a href={`/export/${view}.json${query}`} download title={t("jsonTitle")} className="font-medium">
        {t("json")}
      </a>
    </p>
  );
}
