import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="no-print mt-16 border-t border-line bg-white">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted sm:px-6">
        <p>{t("about")}</p>
        <p>{t("dataNote")}</p>
        <p>
          <Link href="/sources">{t("sourcesLink")}</Link>
        </p>
      </div>
    </footer>
  );
}
