import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="max-w-xl py-12">
      <p className="text-sm font-medium tracking-wide text-accent uppercase">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium">
          {t("home")} →
        </Link>
      </p>
    </div>
  );
}
