import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";

/** Previous/next links that keep the rest of the URL state. */
export async function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  const linkClass = "rounded-md border border-line bg-white px-3 py-1.5 no-underline hover:bg-paper";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
