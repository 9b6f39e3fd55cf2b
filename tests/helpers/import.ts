/**
 * Spreadsheet imports in integration tests: an importer (a real account, since the
 * audit log names it) and the dry run → token → import journey the page takes.
 */
import type { Db } from "../../lib/server/db/prisma";
import { confirmImport, dryRunImport, type Importer, type ImportFile } from "../../lib/server/services/import";
import { createUser } from "../../lib/server/services/manage-users";

export async function createImporter(db: Db, role: Importer["role"], name = `Importer ${role}`): Promise<Importer> {
  const email = `${role}-${Math.random().toString(36).slice(2)}@import.test`;
  const { user } = await createUser(db, { userId: null, label: "test" }, { email, role, name });
  return { userId: user.id, label: name, role };
}

export const csvFile = (name: string, text: string): ImportFile => ({ name, bytes: new TextEncoder().encode(text) });

/** Checks the file, then, if the check gave a token, imports with it. */
export async function importFile(db: Db, importer: Importer, file: ImportFile) {
  const dry = await dryRunImport(db, importer, file);
  if (!dry.token) return { dry, done: null };
  return { dry, done: await confirmImport(db, importer, dry.token) };
}
