import { setRequestLocale } from "next-intl/server";
import { archivedRecordPage } from "@/components/editing/archived-notice";
import { SourceView } from "@/components/sources/source-view";
import { pageParam } from "@/lib/schemas/page-param";
import type { Locale } from "@/lib/schemas/vocab";
import { getArchivedRecord } from "@/lib/server/queries/archived-page";
import { CITATIONS_PER_PAGE, SOURCE_ID as ID } from "@/lib/server/queries/sources";
import { getSourcePage } from "@/lib/server/queries/sources-page";

export { generateMetadata } from "../../../sources/[id]/page";

// A source's page with a query (a page of the records citing it): proxy.ts rewrites
// /sources/<id>?… here, so the page without one stays cached. Rendered per request.
export const dynamic = "force-dynamic";

export default async function FilteredSourcePage({
  params,
  searchParams,
}: PageProps<"/[locale]/filtered/sources/[id]">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const asked = pageParam((await searchParams).page);
  let source = ID.test(id) ? await getSourcePage(id, asked) : null;
  if (!source) return archivedRecordPage("Source", await getArchivedRecord("Source", ID.test(id) ? id : null));
  // A page past the end shows the last one.
  const last = Math.max(1, Math.ceil(source._count.citations / CITATIONS_PER_PAGE));
  if (asked > last) source = await getSourcePage(id, last);
  if (!source) return archivedRecordPage("Source", null);
  return <SourceView source={source} page={Math.min(asked, last)} />;
}
