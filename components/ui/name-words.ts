import "server-only";
import { getTranslations } from "next-intl/server";
import { rowWords } from "@/components/ui/row-words";
import type { NameWords } from "./compact-name";

/** The words a CompactName needs, in the page's language (once per page). */
export async function nameWords(): Promise<NameWords> {
  const t = await getTranslations("record");
  return { ...(await rowWords()), translated: t("translatedMark") };
}
