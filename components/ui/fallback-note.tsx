import type { LocalizedText } from "@/lib/i18n/localized";
import { getTranslations } from "@/lib/i18n/translations";
import { TranslationMark } from "./localized-name";

/** Says when a text is shown in another language because the reader's is missing. */
export async function FallbackNote({ text }: { text: LocalizedText }) {
  if (!text.isFallback) return <TranslationMark value={text} />;
  const t = await getTranslations("record");
  return (
    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 align-middle text-xs font-normal text-muted">
      {t("shownIn", { language: text.lang })}
    </span>
  );
}
