import { formatPartialDate, todayIso } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
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
 * Styled from short classes (app/globals.css, .chg-*): /changes draws dozens of rows.
 */
export async function ChangedRecordRow({ record, locale }: { record: ChangedRecordView; locale: Locale }) {
  const t = await getTranslations("openData.changes");
  const title = pick(record.title, locale);
  const at = new Date(record.at);
  return (
    <li className="chg-row" data-testid="changed-record">
      <span className={record.isNew ? "chg-new" : "chg-upd"}>{record.isNew ? t("new") : t("updated")}</span>
      <Link href={record.href} lang={htmlLang(title.lang)}>
        <bdi>{title.text}</bdi>
      </Link>
      {record.happened ? (
        <span className="chg-note" data-testid="changed-happened">
          {t(`happened.${record.happened.what}`, { date: formatPartialDate(record.happened.on, locale) })}
        </span>
      ) : null}
      <time className="chg-at" dateTime={todayIso(at)}>
        {formatPartialDate(todayIso(at), locale)}
      </time>
    </li>
  );
}
