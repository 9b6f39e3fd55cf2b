/**
 * The message catalogues: one JSON file per namespace and language
 * (lib/i18n/messages/<locale>/<namespace>.json), so that work on different parts of
 * the product touches different files. A new namespace is a file in each of en/,
 * ko/ and zh/ plus its name here; a test fails when the three disagree.
 */
export const NAMESPACES = [
  "meta",
  "nav",
  "footer",
  "home",
  "side",
  "agreementKind",
  "agreementStatus",
  "dates",
  "notFound",
  "error",
  "agreements",
  "params",
  "paramErrors",
  "pagination",
  "trust",
  "citations",
  "fields",
  "record",
  "lineageRelation",
  "status",
  "ministries",
  "bodyKind",
  "cadence",
  "dialogues",
  "dialogueFormat",
  "dialogueLevel",
  "meetingStatus",
  "plans",
  "basis",
  "sources",
  "sourceKind",
  "timeline",
  "translations",
  "auth",
  "formErrors",
  "statusForm",
  "history",
  "editForm",
  "openData",
  "archived",
  "users",
  "merge",
  "importSheet",
  "search",
  "compare",
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/**
 * The namespaces client components read (useTranslations in "use client" files).
 * Only these are sent to the browser, by components/i18n/client-messages.tsx on the
 * pages whose forms need them (not with every page); a test checks the list.
 */
export const CLIENT_NAMESPACES = [
  "error",
  "auth",
  "formErrors",
  "editForm",
  "statusForm",
  "basis",
  "status",
  "users",
  "merge",
  "importSheet",
] as const satisfies readonly Namespace[];
export type Messages = Record<string, unknown>;

export async function loadMessages(locale: string): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./${locale}/${ns}.json`)).default as unknown] as const),
  );
  return Object.fromEntries(entries);
}

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

/**
 * Each language's catalogue, loaded and merged once per process: it is the same for
 * every request, and loading its thirty-odd files anew took about 3 ms of every page.
 */
const catalogues = new Map<string, Promise<Messages>>();

export function catalogue(locale: string): Promise<Messages> {
  let loaded = catalogues.get(locale);
  if (!loaded) {
    loaded = (async () => {
      const en = await loadMessages("en");
      return locale === "en" ? en : withFallback(en, await loadMessages(locale));
    })();
    // A failed load is tried again on the next request.
    loaded.catch(() => catalogues.delete(locale));
    catalogues.set(locale, loaded);
  }
  return loaded;
}

/** What an editor's status form reads (fetched by the form, not sent with plan pages). */
export const STATUS_FORM_NAMESPACES = [
  "statusForm",
  "status",
  "basis",
  "formErrors",
  "merge",
] as const satisfies readonly Namespace[];
