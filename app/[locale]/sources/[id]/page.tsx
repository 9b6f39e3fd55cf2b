import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { archivedRecordPage } from "@/components/editing/archived-notice";
import { SourceView } from "@/components/sources/source-view";
import { alternatesFor } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/schemas/vocab";
import { getArchivedRecord } from "@/lib/server/queries/archived-page";
import { SOURCE_ID } from "@/lib/server/queries/sources";
import { getSourcePage } from "@/lib/server/queries/sources-page";

// Cached for everybody once first asked for (none at build time: there are thousands),
// revalidated on every edit and at least every five minutes: docs/decisions/0006.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const ID = SOURCE_ID;

// generateMetadata and the page both ask for the record: one query per request.
const load = cache(async (id: string) => (ID.test(id) ? getSourcePage(id) : null));

export async function generateMetadata({ params }: PageProps<"/[locale]/sources/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const source = await load(id);
  if (!source) return {};
  return {
    title: source.title,
    description: source.trustNote.slice(0, 200),
    alternates: alternatesFor(locale, `/sources/${id}`),
  };
}

export default async function SourcePage({ params }: PageProps<"/[locale]/sources/[id]">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const source = await load(id);
  if (!source) return archivedRecordPage("Source", await getArchivedRecord("Source", ID.test(id) ? id : null));
  return <SourceView source={source} page={1} />;
}
