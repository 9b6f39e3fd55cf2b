import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";

/**
 * What a citation says it rests on. A source document's words are quoted as they
 * stand; a web source's are not ours to copy, so the citation says where in the page
 * the fact sits and what it says there, in the tracker's own words (in English).
 */
export async function CitationPassage({
  citation,
  sourceLanguage,
}: {
  citation: { quote: string | null; locator: string | null; paraphrase: string | null };
  sourceLanguage: string;
}) {
  if (citation.quote !== null) {
    return (
      <blockquote className="mt-2 border-l-2 border-line pl-3 text-ink" lang={htmlLang(sourceLanguage)}>
        “<bdi>{citation.quote}</bdi>”
      </blockquote>
    );
  }
  const t = await getTranslations("citations");
  return (
    <div className="mt-2 space-y-1 border-l-2 border-dashed border-line pl-3">
      {citation.paraphrase ? (
        <p lang="en" className="text-ink">
          <span className="sr-only">{t("paraphrase")}: </span>
          <bdi>{citation.paraphrase}</bdi>
        </p>
      ) : null}
      {citation.locator ? (
        <p className="text-xs text-muted">
          {t("where")}: <bdi lang="en">{citation.locator}</bdi>
        </p>
      ) : null}
    </div>
  );
}
