import { getLocale } from "next-intl/server";
import { inputClass } from "@/components/ui/form-controls";
import { getPathname } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import { SEARCH_KINDS, type SearchKind } from "@/lib/server/queries/search-page";
import { MAX_QUERY_LENGTH } from "@/lib/server/search";

/**
 * The search box of /search: a plain GET form to the page itself, so it works
 * without JavaScript and every search is a URL to share. `kind` narrows to one kind.
 */
export async function SearchForm({ q, kind }: { q: string; kind: SearchKind | undefined }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("search");
  return (
    <search>
      <form
        method="get"
        action={getPathname({ href: "/search", locale })}
        className="flex flex-col gap-2 rounded-lg border border-line bg-white p-3 shadow-xs sm:flex-row sm:items-end sm:p-4"
      >
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="search-q" className="block text-xs font-medium text-muted">
            {t("label")}
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t("placeholder")}
            autoComplete="off"
            className={`${inputClass} py-2 text-base`}
          />
        </div>
        <div className="flex gap-2">
          <div className="min-w-0 flex-1 space-y-1 sm:w-48 sm:flex-none">
            <label htmlFor="search-kind" className="block text-xs font-medium text-muted">
              {t("kindLabel")}
            </label>
            <select id="search-kind" name="kind" defaultValue={kind ?? ""} className={`${inputClass} py-2 text-base`}>
              <option value="">{t("allKinds")}</option>
              {SEARCH_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="shrink-0 self-end rounded-md bg-accent px-5 py-2 text-base font-medium text-white hover:bg-accent-strong"
          >
            {t("submit")}
          </button>
        </div>
      </form>
    </search>
  );
}
