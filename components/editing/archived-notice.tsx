import { notFound } from "next/navigation";
import { getFormatter, getLocale } from "next-intl/server";
import { FallbackMark } from "@/components/ui/localized-name";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import type { RecordLabel } from "@/lib/server/queries/archived";
import type { ArchivedEntity, ArchivedRecordData } from "@/lib/server/queries/archived-page";

/**
 * What a public URL of an archived record shows instead of vanishing: its name, when
 * it was archived, and the way back to the list. Links from elsewhere keep working.
 */
export async function ArchivedNotice({
  label,
  archivedAt,
  listHref,
  listLabel,
}: {
  label: RecordLabel;
  archivedAt: Date;
  listHref: string;
  listLabel: string;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("archived");
  const format = await getFormatter();
  const name = localized({ nameEn: label.En, nameKo: label.Ko, nameZh: label.Zh }, "name", locale);
  return (
    <article className="max-w-3xl space-y-4" data-testid="archived-record">
      <nav className="text-sm">
        <Link href={listHref}>{listLabel}</Link>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl" lang={htmlLang(name.lang)}>
        {name.text}
        <FallbackMark value={name} />
      </h1>
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-4" role="note">
        <p className="font-medium text-amber-950">{t("noticeTitle")}</p>
        <p className="mt-1 text-sm text-amber-950">
          {t("noticeBody", { date: format.dateTime(archivedAt, { dateStyle: "long" }) })}
        </p>
      </div>
      <p className="text-sm">
        <Link href={listHref}>{t("back")}</Link>
      </p>
    </article>
  );
}

/** Where each kind with a public page is listed (its path and its name in the navigation). */
export const LISTS = {
  Agreement: "agreements",
  Ministry: "ministries",
  Dialogue: "dialogues",
  ActionPlan: "plans",
  Source: "sources",
} as const satisfies Record<ArchivedEntity, string>;

/**
 * What a record page shows when no live record has its key: the archived notice when
 * the record was archived (links to it keep working), otherwise a 404. `archived` is
 * what getArchivedRecord found for the key.
 */
export async function archivedRecordPage(entity: ArchivedEntity, archived: ArchivedRecordData) {
  if (!archived) notFound();
  const list = LISTS[entity];
  const tNav = await getTranslations("nav");
  return (
    <ArchivedNotice
      label={archived.label}
      archivedAt={archived.archivedAt}
      listHref={`/${list}`}
      listLabel={tNav(list)}
    />
  );
}
