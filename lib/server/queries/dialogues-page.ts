import "server-only";
import { todayIso } from "@/lib/dates";
import { SlugSchema } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { getDialogue, listDialogues } from "./dialogues";

/** Every live dialogue with its last and next meetings as of today, for /dialogues. */
export function getDialoguesPage() {
  return listDialogues(db, todayIso());
}

/** Everything /dialogues/[slug] shows; null when the slug has not the shape of one or names no live dialogue. */
export async function getDialoguePage(slug: string) {
  return SlugSchema.safeParse(slug).success ? getDialogue(db, slug, todayIso()) : null;
}
