import { getLocale } from "next-intl/server";
import type { Trust } from "@/components/sources/trust-mark";
import type { BadgeTone } from "@/components/ui/badge";
import { langIfOther, rowWords, wordsFor } from "@/components/ui/row-words";
import { formatPartialDate } from "@/lib/dates";
import { excerpt, marked } from "@/lib/highlight";
import { getTranslations } from "@/lib/i18n/translations";
import { IMPLEMENTATION_STATUSES, type Locale } from "@/lib/schemas/vocab";
import type { SearchGroup, SearchResult } from "@/lib/server/queries/search-page";
import type { SearchHit, SearchHitLabels, SearchHitPage } from "./search-hit-rows";

type T = Awaited<ReturnType<typeof getTranslations>>;

/** Stands for the matched name while the message around it is split. */
const NAME = "\u0000";

/**
 * /search's results as compact rows for search-hit-rows.tsx (issue 19: the page's RSC
 * payload then carries each row's data, not its element tree), one list a group, and
 * the words they need once for the page.
 */
export async function searchHits(
  groups: readonly SearchGroup[],
  terms: readonly string[],
): Promise<{ page: SearchHitPage; hits: SearchHit[][] }> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const results = groups.flatMap((g) => g.results);
  const badgeKeys = [...new Set(results.flatMap((r) => r.badges.map((b) => `${b.key}|${b.tone}`)))];
  const badges = badgeKeys.map((key) => key.split("|") as [string, BadgeTone]);
  const [before = "", after = ""] = t.markup("search.matchedName", { name: "", m: () => NAME }).split(NAME);
  const labels: SearchHitLabels = {
    badges: badges.map(([key, tone]) => [t(key as "search.title"), tone] as const),
    statuses: wordsFor(
      results.flatMap((r) => (r.status ? [knownStatus(r.status)] : [])),
      (s) => t(`status.${s}` as "status.completed"),
    ),
    trust: wordsFor(
      results.flatMap((r) => (r.trust ? [trustOf(r.trust)] : [])),
      (s) => t(`trust.${s}` as "trust.low"),
    ),
    dates: wordsFor(
      results.map((r) => r.kind).filter((k) => t.has(`search.dates.${k}`)),
      (k) => t(`search.dates.${k}` as "search.dates.event"),
    ),
    matched: [before, after],
  };
  const badgeIndex = new Map(badgeKeys.map((key, i) => [key, i]));
  const hits = groups.map((g) => g.results.map((r) => toHit(r, { locale, t, badgeIndex, terms })));
  return { page: { labels, words: await rowWords() }, hits };
}

/** As StatusBadge reads a status: one it does not know is "not assessed". */
const knownStatus = (status: string) =>
  (IMPLEMENTATION_STATUSES as readonly string[]).includes(status) ? status : "not_assessed";

/** As TrustBadge reads a trust level: one it does not know is drawn as low. */
const trustOf = (trust: string): Trust =>
  trust === "primary" || trust === "secondary" || trust === "low" ? trust : "low";

function toHit(
  r: SearchResult,
  { locale, t, badgeIndex, terms }: { locale: Locale; t: T; badgeIndex: Map<string, number>; terms: readonly string[] },
): SearchHit {
  const hit: SearchHit = { k: r.kind, t: marked(r.title.text, terms) };
  if (r.href) hit.h = r.href;
  if (r.meeting)
    hit.n = r.meeting.number ? t("search.meetingNumber", { number: r.meeting.number }) : t("search.meeting");
  const tl = langIfOther(r.title, locale);
  if (tl) hit.tl = tl;
  if (r.matchedName) {
    hit.a = marked(r.matchedName.text, terms);
    if (r.matchedName.lang !== locale) hit.al = r.matchedName.lang;
  }
  if (r.context) {
    hit.c = marked(excerpt(r.context.text, terms, 240), terms);
    const cl = langIfOther(r.context, locale);
    if (cl) hit.cl = cl;
  }
  if (r.summary) {
    hit.m = marked(excerpt(r.summary.text, terms, 160), terms);
    const ml = langIfOther(r.summary, locale);
    if (ml) hit.ml = ml;
  }
  // A source's title or publisher is in its own language, not a fallback: only these are marked.
  const fallbacks = [r.title.isFallback ? "t" : "", r.context?.isFallback ? "c" : "", r.summary?.isFallback ? "m" : ""];
  if (fallbacks.join("")) hit.f = fallbacks.join("");
  if (r.date) hit.d = [r.date.value, formatPartialDate(r.date.value, locale)];
  if (r.date?.inferred) hit.di = 1;
  if (r.badges.length > 0) hit.b = r.badges.map((b) => badgeIndex.get(`${b.key}|${b.tone}`) ?? 0);
  if (r.status) hit.s = knownStatus(r.status);
  if (r.trust) hit.r = trustOf(r.trust);
  return hit;
}
