import "server-only";
import { revalidatePath } from "next/cache";

/** lib/server/cache/stamp.cjs's process-wide state: what keeps rendered pages checks its generation. */
const DATA_STAMP = Symbol.for("tracker.data-stamp");

/**
 * Call after every write that public pages show. Every page (list, record,
 * timeline, status, overview, feeds) may show any record, so the whole site is
 * revalidated: correct right after an edit, and cheap at this size. Besides Next.js's
 * cache, the data's generation moves, which retires the responses lib/server/cache/serve.mjs
 * keeps (lib/server/cache/stamp.cjs).
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
  const stamp = (globalThis as { [DATA_STAMP]?: { generation: number } })[DATA_STAMP];
  if (stamp) stamp.generation += 1;
}
