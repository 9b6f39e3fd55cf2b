import "server-only";
import { createTranslator, hasLocale } from "next-intl";
import { getLocale, type getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { TIME_ZONE } from "./locales";
import { catalogue } from "./messages";
import { routing } from "./routing";

/**
 * next-intl's getTranslations with translators kept for the process. next-intl makes a
 * translator and a formatter cache per request, so every message a page shows was
 * parsed again on every request: about 1 ms of a list page's 20 (issue 19). A message
 * reads the same for every reader, so one translator per language and namespace, with
 * its parsed messages, serves them all. Server components import getTranslations from
 * here; the request's language is still next-intl's (getLocale).
 */
const translators = new Map<string, ReturnType<typeof createTranslator>>();

async function getTranslations(arg?: string | { locale: string; namespace?: string }) {
  const { locale: asked, namespace } = typeof arg === "object" ? arg : { locale: await getLocale(), namespace: arg };
  // As next-intl's request config (./request.ts): a language the site has not is English.
  const locale = hasLocale(routing.locales, asked) ? asked : routing.defaultLocale;
  const key = `${locale}\u0000${namespace ?? ""}`;
  let translator = translators.get(key);
  if (!translator) {
    translator = createTranslator({
      locale,
      messages: await catalogue(locale),
      timeZone: TIME_ZONE,
      ...(namespace ? { namespace: namespace as never } : {}),
    });
    translators.set(key, translator);
  }
  return translator;
}

const typed = getTranslations as unknown as typeof nextIntlGetTranslations;

export { typed as getTranslations };
