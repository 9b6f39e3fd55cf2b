import { drawPlan, planPage } from "../record";

// Cached like the record's page (docs/decisions/0006).
export const revalidate = 300;

export const generateMetadata = planPage.generateFullMetadata;
export const generateStaticParams = planPage.generateStaticParams;

/** The plan in full: every list whole, where its page's "All …" links lead. */
export default async function FullPlanPage({ params }: PageProps<"/[locale]/plans/[slug]/all">) {
  return planPage.render(params, drawPlan, true);
}
