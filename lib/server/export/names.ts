import "server-only";
import { createTranslator } from "next-intl";
import { localized } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/schemas/vocab";

/**
 * Readable names for the codes an export writes, in the language the export link
 * asked for (`?lang=ko`): a status code in words, a ministry slug's name. Words come
 * from the same catalogues the pages use, so a file reads like the screen it came from.
 */

/** The catalogues that word a code: `agreementStatus.in_force`, `status.delayed`… */
export type Vocabulary =
  | "agreementKind"
  | "agreementStatus"
  | "status"
  | "basis"
  | "side"
  | "lineageRelation"
  | "meetingStatus";

type Named = { nameEn: string; nameKo?: string | null; nameZh?: string | null; translated?: string | null };
type Titled = { titleEn: string; titleKo?: string | null; titleZh?: string | null; translated?: string | null };

export type Namer = {
  locale: Locale;
  /** A code in words; empty for no code, the code itself when the catalogue has no word for it. */
  word(vocabulary: Vocabulary | `timeline.what.${string}`, code: string | null | undefined): string;
  /** A record's name in the reader's language (or the language the sources give it in). */
  name(record: Named | null | undefined): string;
  title(record: Titled | null | undefined): string;
};

type Translate = ((key: string) => string) & { has(key: string): boolean };

export async function namer(locale: Locale): Promise<Namer> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as Translate;
  return {
    locale,
    word: (vocabulary, code) => {
      if (!code) return "";
      const key = `${vocabulary}.${code}`;
      return t.has(key) ? t(key) : code;
    },
    name: (record) => (record ? localized(record, "name", locale).text : ""),
    title: (record) => (record ? localized(record, "title", locale).text : ""),
  };
}
