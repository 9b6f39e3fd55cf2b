import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { CitationView } from "@/lib/server/queries/citations";

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

const TRUST = { primary: "tb-p", secondary: "tb-s", low: "tb-l" } as const;

/**
 * What a citation says it rests on: a source document's words quoted as they stand, or
 * for a web source, what it says in the tracker's own words (in English) and where in
 * the page. (CitationPassage draws the same on a source's page.)
 */
function passage(c: CitationView, t: Translate) {
  if (c.quote !== null) {
    return (
      <blockquote lang={htmlLang(c.source.language)}>
        “<bdi>{c.quote}</bdi>”
      </blockquote>
    );
  }
  if (!c.paraphrase && !c.locator) return null;
  return (
    <p className="cit-p">
      {c.paraphrase ? (
        <>
          <span className="sr-only">{t("citations.paraphrase")}: </span>
          <bdi lang="en">{c.paraphrase}</bdi>
        </>
      ) : null}
      {c.locator ? (
        <small>
          {t("citations.where")}: <bdi lang="en">{c.locator}</bdi>
        </small>
      ) : null}
    </p>
  );
}

/**
 * Every citation of a record: the verbatim quote (or, for a web source, where and what
 * in our words), its source and trust level, the field it supports, and competing
 * claims with why they were not chosen. Styled from a few short classes (app/globals.css,
 * "record pages"), drawn without an await: the RSC payload repeats every element and class.
 */
export async function CitationList({
  citations,
  numbers,
  context,
}: {
  citations: readonly CitationView[];
  numbers: CitationNumbers;
  /** What each citation belongs to, where a page lists several records' citations. */
  context?: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations();
  const field = (f: string | null) =>
    f
      ? t.has(`fields.${f}` as "fields.signedOn")
        ? t(`fields.${f}` as "fields.signedOn")
        : f
      : t("citations.wholeRecord");
  return (
    <ol className="cits">
      {citations.map((c) => {
        const competing = c.stance === "competing";
        const n = numbers.get(c.id) ?? 0;
        const where = context?.get(c.id);
        const trust = (c.source.trust in TRUST ? c.source.trust : "low") as keyof typeof TRUST;
        return (
          <li key={c.id} id={`cite-${c.id}`} className={competing ? "cit cit-x" : "cit"}>
            <p>
              {numbers.drawn.has(c.id) ? (
                <a href={`#mark-${c.id}`} aria-label={t("citations.backToMark", { n })}>
                  [{n}] ↑
                </a>
              ) : (
                <b>[{n}]</b>
              )}
              {where ? <b>{where} ·</b> : null}
              {field(c.field)}
              {competing ? <em>≠ {t("citations.competing")}</em> : null}
            </p>
            {passage(c, t)}
            {competing && c.claim ? (
              <p>
                {t("citations.claim")}: <bdi>{c.claim}</bdi>
              </p>
            ) : null}
            {c.note ? (
              <p className="cit-n">
                <b>{competing ? t("citations.whyNotChosen") : t("citations.note")}: </b>
                <bdi>{c.note}</bdi>
              </p>
            ) : null}
            <p className="cit-s">
              <span className={TRUST[trust]}>{t(`trust.${trust}`)}</span>
              <Link href={`/sources/${c.source.id}`}>
                <bdi>{c.source.title}</bdi>
              </Link>
              {c.source.publisher ? (
                <>
                  {" · "}
                  <bdi>{c.source.publisher}</bdi>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
