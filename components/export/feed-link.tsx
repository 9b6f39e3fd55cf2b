import { getTranslations } from "@/lib/i18n/translations";

/** "Follow updates": the Atom feed of changes to one ministry, dialogue, plan or agreement. */
export async function FeedLink({
  scope,
  slug,
}: {
  scope: "agreement" | "ministry" | "dialogue" | "plan";
  slug: string;
}) {
  const t = await getTranslations("openData");
  return (
    <a
      href={`/feed.xml?${scope}=${encodeURIComponent(slug)}`}
      type="application/atom+xml"
      title={t("followTitle")}
      className="no-print inline-flex items-center gap-1 text-sm"
      data-testid="feed-link"
    >
      <span aria-hidden="true">◉</span> {t("follow")}
    </a>
  );
}
