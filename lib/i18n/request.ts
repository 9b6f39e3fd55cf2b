import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages, type Messages } from "./messages";
import { routing } from "./routing";

/** Missing keys in a translation fall back to the English text, never to a raw key. */
function withFallback(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const b = base[key];
    out[key] =
      value && typeof value === "object" && b && typeof b === "object"
        ? withFallback(b as Messages, value as Messages)
        : value;
  }
  return out;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const en = await loadMessages("en");
  const messages = locale === "en" ? en : withFallback(en, await loadMessages(locale));
  return { locale, messages, timeZone: "Asia/Seoul" };
});
