import "server-only";
import { rowWords } from "@/components/ui/row-words";
import type { NameWords } from "./compact-name";

/** The words a CompactName needs, in the page's language (once per page). */
export async function nameWords(): Promise<NameWords> {
  return rowWords();
}
