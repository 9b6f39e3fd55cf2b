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
