import { getTranslations } from "next-intl/server";
import { formatPartialDate, todayIso } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import type { ChangedRecord } from "@/lib/server/queries/changes";

/** A changed record as a page receives it (the home page's copy comes through a JSON cache: `at` as a string). */
export type ChangedRecordView = Omit<ChangedRecord, "at"> & { at: Date | string };

/** A title in the reader's language where the record has it, else the English one, with its language. */
export const pick = (title: ChangedRecord["title"], locale: Locale) => {
  const text = title[locale] ?? title.en;
  return { text, lang: title[locale] ? locale : "en" };
};

/**
 * One record the tracker added or changed: what the tracker did and when, told apart
 * from when the thing itself happened (a 1993 agreement added today is not news of 1993).
 */
export async function ChangedRecordRow({ record, locale }: { record: ChangedRecordView; locale: Locale }) {
  const t = await getTranslations("openData.changes");
  const title = pick(record.title, locale);
  const at = new Date(record.at);
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 gap-y-1" data-testid="changed-record">
      <span
        className={`rounded px-1.5 py-0.5 text-xs font-medium ${record.isNew ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-700"}`}
      >
        {record.isNew ? t("new") : t("updated")}
      </span>
      <Link href={record.href} lang={htmlLang(title.lang)}>
        <bdi>{title.text}</bdi>
      </Link>
      {record.happened ? (
        <span className="text-xs text-muted" data-testid="changed-happened">
          {t(`happened.${record.happened.what}`, { date: formatPartialDate(record.happened.on, locale) })}
        </span>
      ) : null}
      <time className="ml-auto text-xs text-muted tabular-nums" dateTime={at.toISOString()}>
        {formatPartialDate(todayIso(at), locale)}
      </time>
    </li>
  );
}
