import { dialoguePage, drawDialogue } from "../record";

// Cached like the record's page (docs/decisions/0006).
export const revalidate = 300;

export const generateMetadata = dialoguePage.generateFullMetadata;
export const generateStaticParams = dialoguePage.generateStaticParams;

/** The dialogue in full: every list whole, where its page's "All …" links lead. */
export default async function FullDialoguePage({ params }: PageProps<"/[locale]/dialogues/[slug]/all">) {
  return dialoguePage.render(params, drawDialogue, true);
}
