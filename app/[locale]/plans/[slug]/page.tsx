import { drawPlan, planPage } from "./record";

// Cached for everybody once first asked for (none at build time: there are thousands),
// revalidated on every edit and at least every five minutes: docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = planPage.generateMetadata;
export const generateStaticParams = planPage.generateStaticParams;

/** The plan's page: the first screenful of each long list, with a link to the rest (./all). */
export default async function PlanPage({ params }: PageProps<"/[locale]/plans/[slug]">) {
  return planPage.render(params, drawPlan);
}
