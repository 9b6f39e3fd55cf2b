import "server-only";
import { compactName } from "@/components/ui/compact-name";
import { nameWords } from "@/components/ui/name-words";
import { wordsFor } from "@/components/ui/row-words";
import { formatPartialDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getTranslations } from "@/lib/i18n/translations";
import type { DialogueListItem } from "@/lib/server/queries/dialogues";
import type { DialogueCard, DialogueWords } from "./dialogue-cards";

const DUE_KINDS = ["scheduled", "due", "overdue", "unconfirmed", "unknown"] as const;

/**
 * What /dialogues draws on the client (components/dialogues/dialogue-cards.tsx): each
 * dialogue in short keys, and the page's words once, only for the codes and counts listed.
 */
export async function dialogueCards(dialogues: readonly DialogueListItem[], locale: Locale) {
  const t = await getTranslations();
  const words: DialogueWords = {
    ...(await nameWords()),
    formats: wordsFor(
      dialogues.map((d) => d.format),
      (f) => t(`dialogueFormat.${f}` as "dialogueFormat.bilateral"),
    ),
    levels: wordsFor(
      dialogues.map((d) => d.level),
      (v) => t(`dialogueLevel.${v}` as "dialogueLevel.minister"),
    ),
    cadences: wordsFor(
      dialogues.map((d) => d.cadence),
      (c) => t(`cadence.${c}` as "cadence.annual"),
    ),
    sector: t("dialogues.sector"),
    meetings: t("dialogues.meetings"),
    meetingCount: wordsFor(
      dialogues.map((d) => d.meetings.length),
      (count) => t("dialogues.meetingCount", { count }),
    ),
    lastHeld: t("dialogues.lastHeld"),
    next: t("dialogues.next"),
    due: Object.fromEntries(DUE_KINDS.map((k) => [k, t(`dialogues.due.${k}`)])) as DialogueWords["due"],
    participants: t("dialogues.participants"),
  };
  return { cards: dialogues.map((d) => dialogueCard(d, locale)), words };
}

function dialogueCard(d: DialogueListItem, locale: Locale): DialogueCard {
  const name = localized(d, "name", locale);
  const lastHeld = d.meetings.find((m) => m.status === "held");
  const date = (iso: string, inferred = false) =>
    inferred ? ([iso, formatPartialDate(iso, locale), 1] as const) : ([iso, formatPartialDate(iso, locale)] as const);
  return {
    s: d.slug,
    n: name.text,
    ...(name.isFallback ? { l: name.lang } : {}),
    f: d.format,
    v: d.level,
    c: d.cadence,
    e: compactName(localized(d.sector, "name", locale)),
    m: d.meetings.length,
    ...(lastHeld?.heldOn ? { h: date(lastHeld.heldOn, lastHeld.heldInferred) } : {}),
    d: d.due.kind,
    ...("on" in d.due ? { o: date(d.due.on) } : {}),
    ...(d.participants.length > 0
      ? {
          p: d.participants.map(({ ministry: m }) => [
            m.slug,
            m.side,
            m.abbreviation ?? localized(m, "name", locale).text,
          ]),
        }
      : {}),
  };
}
