import "server-only";
import { type CompactRef, compactName } from "@/components/ui/compact-name";
import { nameWords } from "@/components/ui/name-words";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getTranslations } from "@/lib/i18n/translations";
import type { CounterpartMatrix } from "@/lib/server/queries/ministries";
import type { getMinistriesPage } from "@/lib/server/queries/ministries-page";
import type { MatrixBody, MatrixData, MatrixWords } from "./counterpart-matrix";
import type { MinistryCard, MinistryGroup, MinistryWords } from "./ministry-directory";

type Page = Awaited<ReturnType<typeof getMinistriesPage>>;
type Body = Page["ministries"][number];
// `translated` rides along at run time even where a type leaves it out (CounterpartMatrix).
type Named = Pick<Body, "slug" | "nameEn" | "nameKo" | "nameZh"> & { translated?: string | null };

/**
 * What /ministries draws on the client (components/ministries/ministry-directory.tsx):
 * the bodies by side and the counterpart matrix in short keys, and the page's words once.
 */
export async function ministryDirectory({ ministries, matrix }: Page, locale: Locale) {
  const t = await getTranslations();
  const sides = locale === "zh" ? (["CN", "KR"] as const) : (["KR", "CN"] as const);
  const third = ministries.filter((m) => m.side !== "KR" && m.side !== "CN");
  const groups: MinistryGroup[] = [
    ...sides.map((side) => ({ k: side, t: t(`side.${side}`), bodies: ministries.filter((m) => m.side === side) })),
    ...(third.length > 0 ? [{ k: "other", t: t("ministries.thirdParties"), bodies: third }] : []),
  ].map(({ k, t, bodies }) => ({ k, t, m: bodies.map((m) => ministryCard(m, locale)) }));

  const countWords = (key: "agreementCount" | "dialogueCount" | "itemCount", counts: number[]) =>
    Object.fromEntries(counts.map((count) => [count, t(`ministries.${key}`, { count })]));
  const { data, words: matrixWords } = await matrixData(matrix, locale);
  const words: MinistryWords = {
    ...(await nameWords()),
    matrixTitle: t("ministries.matrixTitle"),
    matrixLead: t("ministries.matrixLead"),
    matrix: matrixWords,
    otherLanguages: t("record.otherLanguages"),
    kinds: Object.fromEntries(ministries.map((m) => [m.kind, t(`bodyKind.${m.kind}` as "bodyKind.ministry")])),
    counts: [
      countWords(
        "agreementCount",
        ministries.map((m) => m._count.signatures),
      ),
      countWords(
        "dialogueCount",
        ministries.map((m) => m._count.dialogues),
      ),
      countWords(
        "itemCount",
        ministries.map((m) => m._count.planItems),
      ),
    ],
    succeeded: t("ministries.succeeded"),
    succeededBy: t("ministries.succeededBy"),
  };
  return { matrix: data, groups, words };
}

function ministryCard(m: Body, locale: Locale): MinistryCard {
  const name = localized(m, "name", locale);
  const values: Partial<Record<Locale, string | null>> = { en: m.nameEn, ko: m.nameKo, zh: m.nameZh };
  const others = LOCALES.filter((l) => l !== name.lang && values[l]).map((l) => [l, values[l]]);
  return {
    s: m.slug,
    n: name.text,
    ...(name.isFallback ? { l: name.lang } : {}),
    ...(m.abbreviation ? { a: m.abbreviation } : {}),
    ...(others.length > 0 ? { o: Object.fromEntries(others) } : {}),
    k: m.kind,
    c: [m._count.signatures, m._count.dialogues, m._count.planItems],
    ...(m.predecessor ? { p: ref(m.predecessor, locale) } : {}),
    ...(m.successors.length > 0 ? { x: m.successors.map((s) => ref(s, locale)) } : {}),
  };
}

function ref(body: Named, locale: Locale): CompactRef {
  return { s: body.slug, ...compactName(localized(body, "name", locale)) };
}

/** At most this many bodies a side in the matrix. */
const MATRIX_SIDE = 12;

/**
 * The most active bodies of each side, in their order: a matrix of every pair grows with
 * the square of the bodies (issue 19); every pair stays one filter away.
 */
async function matrixData(
  matrix: CounterpartMatrix,
  locale: Locale,
): Promise<{ data: MatrixData; words: MatrixWords }> {
  const t = await getTranslations("ministries");
  const tSide = await getTranslations("side");
  const chineseFirst = locale === "zh";
  const count = (r: string, c: string) => (chineseFirst ? matrix.counts[c]?.[r] : matrix.counts[r]?.[c]) ?? 0;
  const allRows = chineseFirst ? matrix.chinese : matrix.korean;
  const allCols = chineseFirst ? matrix.korean : matrix.chinese;
  const rows = mostActive(allRows, (r) => allCols.reduce((n, c) => n + count(r, c.slug), 0));
  const cols = mostActive(allCols, (c) => allRows.reduce((n, r) => n + count(r.slug, c), 0));
  const n = rows.map((r) => cols.map((c) => count(r.slug, c.slug)));
  const body = (m: CounterpartMatrix["korean"][number]): MatrixBody => ({
    ...ref(m, locale),
    ...(m.abbreviation ? { b: m.abbreviation } : {}),
  });
  const trimmed = rows.length < allRows.length || cols.length < allCols.length;
  const words: MatrixWords = {
    caption: t("matrixCaption"),
    corner: [tSide(chineseFirst ? "CN" : "KR"), tSide(chineseFirst ? "KR" : "CN")],
    // Worded once per count; the client puts each cell's labels in.
    cell: Object.fromEntries(
      [...new Set(n.flat().filter((k) => k > 0))].map((k) => [k, t("matrixCell", { count: k, a: "{a}", b: "{b}" })]),
    ),
    ...(trimmed
      ? { trimmed: t("matrixTrimmed", { shown: MATRIX_SIDE, rows: allRows.length, cols: allCols.length }) }
      : {}),
    ...(rows.length === 0 ? { empty: t("matrixEmpty") } : {}),
  };
  const data: MatrixData = { r: rows.map(body), c: cols.map(body), n, ...(chineseFirst ? { z: 1 as const } : {}) };
  return { data, words };
}

/** The MATRIX_SIDE bodies with the most agreements, in their list's order. */
function mostActive<B extends { slug: string }>(bodies: readonly B[], total: (slug: string) => number): B[] {
  if (bodies.length <= MATRIX_SIDE) return [...bodies];
  const kept = new Set(
    [...bodies]
      .sort((a, b) => total(b.slug) - total(a.slug) || a.slug.localeCompare(b.slug))
      .slice(0, MATRIX_SIDE)
      .map((b) => b.slug),
  );
  return bodies.filter((b) => kept.has(b.slug));
}
