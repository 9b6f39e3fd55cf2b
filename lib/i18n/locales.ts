/**
 * The site's languages. Kept apart from lib/schemas/vocab.ts (which builds zod
 * schemas) because routing and navigation run in the browser too, and importing
 * zod there would send it with every page.
 */
export const LOCALES = ["en", "ko", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/** The zone dates and times are shown in, on every page. */
export const TIME_ZONE = "Asia/Seoul";
