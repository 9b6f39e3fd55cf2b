import type { LocalizedText } from "@/lib/i18n/localized";
import { compactName, TranslationMark as Mark, NameText } from "./compact-name";
import { Fallback } from "./row-bits";
import { rowWords } from "./row-words";

/**
 * A record's name or title in the reader's language, or, where the sources give it
 * only in another, in that language: tagged with its own `lang` and marked with the
 * language's name (the heading of a record page uses FallbackNote instead). Names the
 * sources give in one language are never translated here. The text is isolated
 * (`<bdi>`) so a stray direction control in it cannot reorder what stands beside it.
 * The markup is NameText's (./compact-name.tsx), which rows drawn in the browser use.
 */
export async function LocalizedName({ value }: { value: LocalizedText }) {
  return <NameText name={compactName(value)} words={await rowWords()} />;
}

/** Only the mark, for a name rendered by its caller (a link or heading with its own lang); in the reader's language. */
export async function FallbackMark({ value }: { value: LocalizedText }) {
  if (!value.isFallback) return null;
  return <Fallback shown={value.lang} words={await rowWords()} />;
}

/** The tracker's-own-translation mark (./compact-name.tsx): nothing for an official form or an English original. */
export function TranslationMark({ value }: { value: LocalizedText }) {
  if (!value.isTranslation || value.isFallback) return null;
  return <Mark />;
}
