import { getLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";

/** The id the list's checkboxes name in their `form` attribute. */
export const COMPARE_FORM_ID = "compare-form";

/**
 * "Compare selected": a plain GET form to /compare in the reader's language. The
 * checkboxes live in the rows (agreement-results.tsx) and join it by `form=`.
 */
export async function CompareForm() {
  const locale = await getLocale();
  const t = await getTranslations("compare");
  return (
    <form
      id={COMPARE_FORM_ID}
      method="get"
      action={getPathname({ href: "/compare", locale })}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-line bg-white px-4 py-2.5"
    >
      <button
        type="submit"
        className="shrink-0 rounded-md border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent-soft"
      >
        {t("compareSelected")}
      </button>
      <span className="text-sm text-muted">{t("compareHint")}</span>
    </form>
  );
}
