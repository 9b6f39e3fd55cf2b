import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { archivedRecordPage, LISTS } from "@/components/editing/archived-notice";
import { pageLocale, type RecordTexts, recordMetadata } from "@/lib/i18n/alternates";
import { getTranslations } from "@/lib/i18n/translations";
import { type Locale, SlugSchema } from "@/lib/schemas/vocab";
import { getArchivedRecord } from "@/lib/server/queries/archived-page";
import type { TimelineScope } from "@/lib/server/queries/timeline/context";
import { getRecordTimeline, type RecordTimelineData } from "@/lib/server/queries/timeline-page";

/** The kinds whose public page is found by slug under their list: /agreements/<slug> and so on. */
type SlugEntity = "Agreement" | "Ministry" | "Dialogue" | "ActionPlan";

/** The part of the timeline each kind's page shows: the entries of that record. */
const TIMELINE_SCOPES: Record<SlugEntity, (slug: string) => TimelineScope> = {
  Agreement: (slug) => ({ agreement: slug }),
  Ministry: (slug) => ({ ministry: slug }),
  Dialogue: (slug) => ({ dialogue: slug }),
  ActionPlan: (slug) => ({ plan: slug }),
};

type Params = { params: Promise<{ locale: string; slug: string }> };

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * What a record page draws from: the live record, the reader's language, the messages,
 * its timeline, and whether this is the record in full (`/<list>/<slug>/all`) or its
 * page, which shows the first screenful of each long list with a link to the rest.
 */
export type RecordPageView<T> = {
  record: T;
  locale: Locale;
  t: Translator;
  timeline: RecordTimelineData;
  full: boolean;
  /** The record in full, where each list's rest is (`/agreements/<slug>/all`). */
  fullHref: string;
};

/**
 * What the parts of a record page draw from: the record under its own name (`agreement`
 * for an agreement), the reader's language, the messages, and the citation marks of a
 * field (null: of the record as a whole).
 */
export type RecordView<K extends string, T> = { [key in K]: T } & {
  locale: Locale;
  t: Translator;
  marks: (field: string | null) => ReactNode;
} & Pick<RecordPageView<T>, "full" | "fullHref">;

/**
 * What the record pages share, so each writes only how it draws its record:
 * generateMetadata, and a page that sets the locale and, when no live record has the
 * slug, shows the archived notice (or a 404) instead of drawing.
 */
export function recordPage<T extends RecordTexts & { slug: string }>(
  entity: SlugEntity,
  get: (slug: string) => Promise<T | null>,
) {
  // generateMetadata and the page both ask for the record: one query per request.
  const load = cache(get);
  const list = LISTS[entity];

  async function generateMetadata({ params }: Params): Promise<Metadata> {
    const { locale, slug } = (await params) as { locale: Locale; slug: string };
    return recordMetadata(await load(slug), locale, `/${list}/${slug}`);
  }

  /** The record in full's: the same title, its own address. */
  async function generateFullMetadata({ params }: Params): Promise<Metadata> {
    const { locale, slug } = (await params) as { locale: Locale; slug: string };
    return recordMetadata(await load(slug), locale, `/${list}/${slug}/all`);
  }

  /**
   * The page for params: drawn by `draw`, or (no live record) the archived notice or a
   * 404. `full`: the record in full, every list whole.
   */
  async function render(
    params: Params["params"],
    draw: (view: RecordPageView<T>) => Promise<ReactNode> | ReactNode,
    full = false,
  ) {
    const locale = await pageLocale(params);
    const { slug } = await params;
    const record = await load(slug);
    if (!record) {
      return archivedRecordPage(
        entity,
        await getArchivedRecord(entity, SlugSchema.safeParse(slug).success ? slug : null),
      );
    }
    const [t, timeline] = await Promise.all([
      getTranslations(),
      getRecordTimeline(TIMELINE_SCOPES[entity](record.slug)),
    ]);
    return draw({ record, locale, t, timeline, full, fullHref: `/${list}/${record.slug}/all` });
  }

  // None at build time (there are thousands): each is cached once first asked for.
  const generateStaticParams = () => [];

  return { generateMetadata, generateFullMetadata, generateStaticParams, render };
}
