import { agreementPage, drawAgreement } from "./record";

// Cached for everybody once first asked for (none at build time: there are thousands),
// revalidated on every edit and at least every five minutes: docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = agreementPage.generateMetadata;
export const generateStaticParams = agreementPage.generateStaticParams;

/** The agreement's page: the first screenful of each long list, with a link to the rest (./all). */
export default async function AgreementPage({ params }: PageProps<"/[locale]/agreements/[slug]">) {
  return agreementPage.render(params, drawAgreement);
}
