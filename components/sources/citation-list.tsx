import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CitationView } from "@/lib/server/queries/citations";
import { CitationPassage } from "./citation-passage";
import { TrustBadge } from "./trust-badge";

/** Numbers citations in the order they are listed, for the marks beside each fact. */
export function numberCitations(citations: readonly CitationView[]): Map<string, number> {
  return new Map(citations.map((c, i) => [c.id, i + 1]));
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
  numbers: ReadonlyMap<string, number>;
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
              <span className="font-semibold text-ink">[{numbers.get(c.id)}]</span>
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
