import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { FileRefusal, ImportFile } from "./issues";
import { IMPORT_LIMITS } from "./limits";

/** A file's rows as text cells, header first, with their spreadsheet row numbers. */
export type Table = { row: number; cells: string[] }[];
export type ParseResult = { ok: true; format: "csv" | "xlsx"; table: Table } | ({ ok: false } & FileRefusal);

/**
 * The worker is plain JavaScript loaded from the project's folder at run time (it is
 * not part of the Next.js bundle): `npm start`, the tests and the scripts all run
 * from the project's root.
 */
const WORKER = path.join(process.cwd(), "lib/server/services/import/parse-worker.mjs");

/** Files read at once; more wait their turn (the server has few cores). */
const PARALLEL = 2;
/** A read taking longer is stopped and the file refused. */
const TIME_LIMIT_MS = 20_000;
/** The worker's heap: a workbook that needs more is refused, the server unharmed. */
const HEAP_MB = 384;

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/**
 * Reads `file` in a worker thread (./parse-worker.mjs), so a large or hostile file
 * never blocks the event loop other requests need, and the limits in IMPORT_LIMITS
 * are enforced while reading. Never throws: every failure is a refusal with a code.
 */
export async function parseImportFile(file: ImportFile, limits = IMPORT_LIMITS): Promise<ParseResult> {
  const done = await turn();
  try {
    return await runWorker(file, limits);
  } finally {
    done();
  }
}

function runWorker(file: ImportFile, limits: typeof IMPORT_LIMITS): Promise<ParseResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ParseResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const worker = new Worker(WORKER, {
      workerData: { name: file.name, bytes: file.bytes, limits },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    const timer = setTimeout(() => finish({ ok: false, code: "tooSlow", params: {} }), TIME_LIMIT_MS);
    worker.once("message", (message: ParseResult) => finish(message));
    worker.once("error", (error: Error & { code?: string }) =>
      finish(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? { ok: false, code: "inflatedTooLarge", params: { maxMb: Math.round(limits.maxInflatedBytes / 2 ** 20) } }
          : { ok: false, code: "unreadable", params: {} },
      ),
    );
    worker.once("exit", () => finish({ ok: false, code: "unreadable", params: {} }));
  });
}
