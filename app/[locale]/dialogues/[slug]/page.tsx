import { dialoguePage, drawDialogue } from "./record";

// Cached for everybody once first asked for (none at build time: there are thousands),
// revalidated on every edit and at least every five minutes: docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = dialoguePage.generateMetadata;
export const generateStaticParams = dialoguePage.generateStaticParams;

/** The dialogue's page: the first screenful of each long list, with a link to the rest (./all). */
export default async function DialoguePage({ params }: PageProps<"/[locale]/dialogues/[slug]">) {
  return dialoguePage.render(params, drawDialogue);
}
