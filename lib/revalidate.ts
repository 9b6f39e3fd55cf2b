import { revalidatePath } from "next/cache";

/**
 * Call after every write that public pages show. Every page (list, record,
 * timeline, status, overview, feeds) may show any record, so the whole site is
 * revalidated: correct right after an edit, and cheap at this size.
 * Outside a Next.js request (scripts, tests) there is nothing to revalidate.
 */
export function revalidatePublicPages() {
  try {
    revalidatePath("/", "layout");
  } catch (error) {
    if (
      !(error instanceof Error) ||
      !/static generation store missing|outside a request scope|Invariant/i.test(error.message)
    ) {
      throw error;
    }
  }
}
