import { DialogueCards } from "@/components/dialogues/dialogue-cards";
import { dialogueCards } from "@/components/dialogues/dialogue-cards-data";
import { NewLink } from "@/components/editing/new-link";
import { PageHeader } from "@/components/ui/page-header";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { getTranslations } from "@/lib/i18n/translations";
import { getDialoguesPage } from "@/lib/server/queries/dialogues-page";

// Cached for everybody, revalidated on every edit (lib/server/cache/revalidate.ts) and at least
// every five minutes (dates such as "coming up" move on): docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("dialogues", "/dialogues");

export default async function DialoguesPage({ params }: PageProps<"/[locale]/dialogues">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("dialogues");
  // The cards are drawn on the client from short data: the page's RSC payload then carries
  // the data rather than the cards' element tree (issue 19).
  const { cards, words } = await dialogueCards(await getDialoguesPage(), locale);

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")}>
        <NewLink entity="Dialogue" />
      </PageHeader>
      <DialogueCards cards={cards} words={words} />
    </div>
  );
}
