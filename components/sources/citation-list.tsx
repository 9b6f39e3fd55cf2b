import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CitationView } from "@/lib/server/queries/citations";
import { CitationPassage } from "./citation-passage";
import { TrustBadge } from "./trust-badge";

/**
 * A page's citation numbers, in the order they are listed, and which citations have a
 * mark on the page: the list links back from a citation only to a mark that is drawn.
 * Marks register in the sync part of rendering (`markCitations`, or a component's code
 * before its first await), which React runs in tree order, before the list (drawn after
 * the page's sections) reads `drawn`. tests/e2e/footnotes.spec.ts holds every record
 * page to this: each link back has its mark, and each mark's citation links back.
 */
export class CitationNumbers extends Map<string, number> {
  readonly drawn = new Set<string>();
  readonly #anchored = new Set<string>();

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

/** Numbers citations in the order they are listed, for the marks beside each fact. */
export function numberCitations(citations: readonly CitationView[]): CitationNumbers {
  return new CitationNumbers(citations.map((c, i) => [c.id, i + 1]));
}

/**
 * Every citation of a record: the verbatim quote (or, for a web source, where and what
 * in our words), its source and trust level, the field it supports, and competing
 * claims with why they were not chosen.
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
  const t = await getTranslations("citations");
  const tf = await getTranslations("fields");
  return (
    <ol className="space-y-3">
      {citations.map((c) => {
        const competing = c.stance === "competing";
        return (
          <li
            key={c.id}
            id={`cite-${c.id}`}
            className={`scroll-mt-24 rounded-md border bg-white p-3 text-sm target:ring-2 target:ring-accent ${
              competing ? "border-amber-300" : "border-line"
            }`}
          >
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
              {numbers.drawn.has(c.id) ? (
                <a
                  href={`#mark-${c.id}`}
                  className="inline-flex min-h-6 min-w-6 items-center gap-0.5 rounded font-semibold no-underline hover:bg-accent-soft hover:underline"
                  aria-label={t("backToMark", { n: numbers.get(c.id) ?? 0 })}
                >
                  [{numbers.get(c.id)}] <span aria-hidden="true">↑</span>
                </a>
              ) : (
                <span className="font-semibold text-ink">[{numbers.get(c.id)}]</span>
              )}
              {context?.get(c.id) ? <span className="font-medium text-ink">{context.get(c.id)} ·</span> : null}
              <span>{c.field ? (tf.has(c.field) ? tf(c.field as "signedOn") : c.field) : t("wholeRecord")}</span>
              {competing ? (
                <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-950">
                  ≠ {t("competing")}
                </span>
              ) : null}
            </div>
            <CitationPassage citation={c} sourceLanguage={c.source.language} />
            {competing && c.claim ? (
              <p className="mt-2">
                <span className="text-muted">{t("claim")}: </span>
                <bdi className="font-medium">{c.claim}</bdi>
              </p>
            ) : null}
            {c.note ? (
              <p className="mt-1 text-muted">
                <span className="font-medium text-ink">{competing ? t("whyNotChosen") : t("note")}: </span>
                <bdi>{c.note}</bdi>
              </p>
            ) : null}
            <p className="mt-2 flex flex-wrap items-center gap-2 text-xs">
              <TrustBadge trust={c.source.trust} />
              <Link href={`/sources/${c.source.id}`}>
                <bdi>{c.source.title}</bdi>
              </Link>
              {c.source.publisher ? (
                <span className="text-muted">
                  · <bdi>{c.source.publisher}</bdi>
                </span>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
