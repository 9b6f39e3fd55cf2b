import { FIRST_SCREEN, RestLink } from "@/components/records/first-screen";
import { getTranslations } from "@/lib/i18n/translations";
import type { CitationView } from "@/lib/server/queries/citations";
import { type CitationCard, CitationCards, type CitationWords } from "./citation-cards";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/**
 * A page's citation numbers, in the order they are listed, and which citations have a
 * mark on the page: the list links back from a citation only to a mark that is drawn.
 * Marks register in the sync part of rendering (`markCitations`, or a component's code
 * before its first await), which React runs in tree order, before the list (drawn after
 * the page's sections) reads `drawn`. tests/e2e/footnotes.spec.ts holds every record
 * page to this: each link back has its mark, and each mark's citation links back.
 *
 * It also carries the page's words for marks, so a mark is drawn without an await: an
 * async component is sent as a chunk of its own in the RSC payload, and a record page
 * draws dozens of marks.
 */
export class CitationNumbers extends Map<string, number> {
  readonly drawn = new Set<string>();
  readonly #anchored = new Set<string>();
  readonly t: Translate;

  constructor(entries: [string, number][], t: Translate) {
    super(entries);
    this.t = t;
  }

  /** Registers marks the page draws. */
  draw(citations: readonly CitationView[]) {
    for (const c of citations) this.drawn.add(c.id);
  }

  /** Whether this mark carries the citation's anchor: the first one drawn does. */
  anchor(id: string): boolean {
    if (this.#anchored.has(id)) return false;
    this.#anchored.add(id);
    return true;
  }
}

/** Numbers citations in the order they are listed, for the marks beside each fact (`t`: the page's messages). */
export function numberCitations(citations: readonly CitationView[], t: Translate): CitationNumbers {
  return new CitationNumbers(
    citations.map((c, i) => [c.id, i + 1]),
    t,
  );
}

const TRUST = { primary: "p", secondary: "s", low: "l" } as const;

/**
 * Every citation of a record: the verbatim quote (or, for a web source, where and what
 * in our words), its source and trust level, the field it supports, and competing
 * claims with why they were not chosen. Drawn by a client component from the citations'
 * data (CitationCards): the RSC payload then carries the data once, not the list's
 * element tree beside the HTML that already holds it.
 */
export async function CitationList({
  citations,
  numbers,
  context,
  fullHref,
}: {
  citations: readonly CitationView[];
  numbers: CitationNumbers;
  /** What each citation belongs to, where a page lists several records' citations. */
  context?: ReadonlyMap<string, string>;
  /**
   * On a record's first screenful, the record in full: citations after the first few
   * are drawn as their field and source, with a link to the rest in full.
   */
  fullHref?: string;
}) {
  const t = await getTranslations();
  const field = (f: string | null) =>
    f
      ? t.has(`fields.${f}` as "fields.signedOn")
        ? t(`fields.${f}` as "fields.signedOn")
        : f
      : t("citations.wholeRecord");
  const inFull = fullHref ? FIRST_SCREEN.citations : citations.length;
  const cards = citations.map((c, index): CitationCard => {
    const card: CitationCard = {
      n: numbers.get(c.id) ?? 0,
      f: field(c.field),
      t: TRUST[c.source.trust as keyof typeof TRUST] ?? "l",
      s: c.source.id,
      st: c.source.title,
    };
    // Only what a citation has: an absent key costs nothing in the payload.
    if (numbers.drawn.has(c.id)) card.b = 1;
    const where = context?.get(c.id);
    if (where) card.w = where;
    if (c.stance === "competing") card.x = 1;
    if (index >= inFull) return { ...card, z: 1 };
    if (c.quote !== null) {
      card.q = c.quote;
      card.ql = c.source.language;
    } else {
      if (c.paraphrase) card.p = c.paraphrase;
      if (c.locator) card.l = c.locator;
    }
    if (c.stance === "competing" && c.claim) card.c = c.claim;
    if (c.note) card.o = c.note;
    if (c.source.publisher) card.sp = c.source.publisher;
    return card;
  });
  const words: CitationWords = {
    back: t("citations.backToMark"),
    competing: t("citations.competing"),
    claim: t("citations.claim"),
    note: t("citations.note"),
    whyNotChosen: t("citations.whyNotChosen"),
    paraphrase: t("citations.paraphrase"),
    where: t("citations.where"),
    trust: { p: t("trust.primary"), s: t("trust.secondary"), l: t("trust.low") },
  };
  return (
    <>
      <CitationCards cards={cards} words={words} />
      {fullHref ? (
        <RestLink
          href={`${fullHref}#sources-heading`}
          label={t("record.allCitations", { count: citations.length })}
          shown={inFull}
          total={citations.length}
        />
      ) : null}
    </>
  );
}
