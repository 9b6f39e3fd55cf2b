import { getFormatter } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ParamErrors } from "@/components/ui/param-errors";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import { toQueryString } from "@/lib/schemas/search-params";
import type { SearchGroup, SearchPageData } from "@/lib/server/queries/search-page";
import { SearchForm } from "./search-form";
import { type SearchHit, type SearchHitPage, SearchHitRows } from "./search-hit-rows";
import { searchHits } from "./search-hits";

type T = Awaited<ReturnType<typeof getTranslations<"search">>>;

/** Queries that show what search can do, each in its own language. */
const EXAMPLES = [
  { q: "Saemangeum", lang: "en" },
  { q: "탄소시장", lang: "ko" },
  { q: "碳市场", lang: "zh" },
  { q: "Clear Sky Plan", lang: "en" },
] as const;

/** The list pages, for a search that found nothing. */
const LISTS = ["agreements", "ministries", "dialogues", "plans", "timeline", "sources"] as const;

/**
 * /search: the form, then what the query found, by kind, each kind with its count
 * and its best few (or, with `kind`, all of one kind a page at a time); an empty
 * query explains what can be searched, and a query that finds nothing says so and
 * points to the lists.
 */
export async function SearchView(data: SearchPageData) {
  const t = await getTranslations("search");
  const q = data.params.q ?? "";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ParamErrors errors={data.errors} />
      <SearchForm q={q} kind={data.params.kind} />
      {data.state === "empty" ? <EmptyState t={t} /> : null}
      {data.state === "none" || data.state === "unsearchable" ? <NoResults t={t} q={q} state={data.state} /> : null}
      {data.state === "found" ? <Found data={data} q={q} t={t} /> : null}
    </div>
  );
}

async function EmptyState({ t }: { t: T }) {
  return (
    <section aria-labelledby="search-empty" className="rounded-lg border border-dashed border-line bg-white p-6 sm:p-8">
      <h2 id="search-empty" className="text-lg font-semibold">
        {t("emptyTitle")}
      </h2>
      <p className="mt-1 max-w-2xl text-muted">{t("emptyHint")}</p>
      <p className="mt-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted">{t("examples")}</span>
        {EXAMPLES.map((e) => (
          <Link
            key={e.q}
            href={`/search${toQueryString({ q: e.q })}`}
            lang={htmlLang(e.lang)}
            className="rounded-full border border-line bg-paper px-3 py-1 no-underline hover:border-accent hover:text-accent"
          >
            {e.q}
          </Link>
        ))}
      </p>
    </section>
  );
}

async function Lists() {
  const t = await getTranslations("nav");
  return (
    <ul className="mt-3 flex flex-wrap gap-2 text-sm">
      {LISTS.map((list) => (
        <li key={list}>
          <Link
            href={`/${list}`}
            className="inline-block rounded-md border border-line bg-paper px-3 py-1.5 no-underline hover:border-accent hover:text-accent"
          >
            {t(list)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

async function NoResults({ t, q, state }: { t: T; q: string; state: "none" | "unsearchable" }) {
  return (
    <section
      aria-labelledby="search-none"
      className="rounded-lg border border-dashed border-line bg-white p-6 sm:p-8"
      data-testid="search-none"
    >
      <h2 id="search-none" className="text-lg font-semibold">
        {state === "none" ? t("noneTitle", { q }) : t("unsearchableTitle", { q })}
      </h2>
      <p className="mt-1 max-w-2xl text-muted">{state === "none" ? t("noneHint") : t("unsearchableHint")}</p>
      <nav aria-label={t("browse")}>
        <Lists />
      </nav>
    </section>
  );
}

const groupId = (kind: string) => `results-${kind}`;

async function Found({ data, q, t }: { data: SearchPageData; q: string; t: T }) {
  const kind = data.params.kind;
  const hrefFor = (page: number) => `/search${toQueryString({ q, kind, page: page === 1 ? undefined : page })}`;
  const { page, hits } = await searchHits(data.groups, data.terms);
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h2 className="text-sm font-medium text-muted" data-testid="search-summary">
          {kind
            ? t("kindSummary", { kind: t(`kinds.${kind}`), count: data.total, q })
            : t("summary", { count: data.total, q })}
        </h2>
        {kind ? (
          <p className="text-sm">
            <Link href={`/search${toQueryString({ q })}`}>← {t("allResults", { q })}</Link>
          </p>
        ) : data.groups.length > 1 ? (
          <JumpNav groups={data.groups} t={t} />
        ) : null}
      </div>
      {data.groups.map((group, i) => (
        <ResultGroup
          key={group.kind}
          group={group}
          hits={hits[i] ?? []}
          page={page}
          q={q}
          full={kind !== undefined}
          t={t}
        />
      ))}
      {kind ? <Pagination page={data.page} pageCount={data.pageCount} hrefFor={hrefFor} /> : null}
    </div>
  );
}

/** Links to each kind's results, with their counts. */
async function JumpNav({ groups, t }: { groups: readonly SearchGroup[]; t: T }) {
  const format = await getFormatter();
  return (
    <nav aria-label={t("jump")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {groups.map((g) => (
          <li key={g.kind}>
            <a href={`#${groupId(g.kind)}`} className="jump-a">
              {t(`kinds.${g.kind}`)}
              <span className="jump-n">{format.number(g.total)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

async function ResultGroup({
  group,
  hits,
  page,
  q,
  full,
  t,
}: {
  group: SearchGroup;
  /** The group's results as compact rows; `page` is the same object for every group. */
  hits: readonly SearchHit[];
  page: SearchHitPage;
  q: string;
  full: boolean;
  t: T;
}) {
  const id = groupId(group.kind);
  const format = await getFormatter();
  return (
    <section aria-labelledby={`${id}-h`} id={id} className="scroll-mt-24 space-y-3" data-testid="search-group">
      <div className="flex items-baseline justify-between gap-4 border-b border-line pb-1.5">
        <h2 id={`${id}-h`} className="flex items-baseline gap-2 text-lg font-semibold">
          {t(`kinds.${group.kind}`)}
          <span className="text-sm font-normal text-muted tabular-nums" data-testid="search-group-count">
            {format.number(group.total)}
          </span>
        </h2>
      </div>
      <SearchHitRows hits={hits} page={page} />
      {!full && group.total > group.results.length ? (
        <p className="text-sm">
          <Link href={`/search${toQueryString({ q, kind: group.kind })}`} className="font-medium">
            {t("showAll", { count: group.total, kind: t(`kindsInline.${group.kind}`) })} →
          </Link>
        </p>
      ) : null}
    </section>
  );
}
