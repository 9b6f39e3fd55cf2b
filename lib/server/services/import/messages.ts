import "server-only";
import { createTranslator } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { ImportReport } from "./index";
import type { FileRefusal, RowError } from "./issues";

/**
 * An import's codes worded in the reader's language from the `importSheet`
 * catalogue, for the upload route and the import action to send as they are: the
 * browser and a script read the same sentences, and the codes stay beside them.
 */

export type WordedRefusal = FileRefusal & { message: string };
export type WordedRowError = RowError & { message: string };
export type WordedReport = Omit<ImportReport, "refused" | "errors"> & {
  refused: WordedRefusal | null;
  errors: WordedRowError[];
};

/** The locale a request asks for (`?locale=ko`, a form field), English when none or unknown. */
export const localeOf = (value: unknown): Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : "en";

type Translate = (key: string, values?: Record<string, string | number>) => string;

async function translator(locale: Locale): Promise<Translate> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "importSheet" as never });
  return t as unknown as Translate;
}

/** One message of the catalogue, e.g. `wordMessage("ko", "unauthenticated")`. */
export async function wordMessage(locale: Locale, key: string): Promise<string> {
  return (await translator(locale))(key);
}

export async function wordRefusal(locale: Locale, why: FileRefusal): Promise<WordedRefusal> {
  const t = await translator(locale);
  return { ...why, message: t(`refused.${why.code}`, why.params) };
}

export async function wordReport(locale: Locale, report: ImportReport): Promise<WordedReport> {
  const t = await translator(locale);
  return {
    ...report,
    refused: report.refused
      ? { ...report.refused, message: t(`refused.${report.refused.code}`, report.refused.params) }
      : null,
    errors: report.errors.map((e) => ({ ...e, message: t(`issues.${e.code}`, e.params) })),
  };
}
