import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/server/db/prisma";
import type { FileRefusal, ImportFile } from "./issues";
import { refusal } from "./issues";
import { UPLOAD_TTL_MS } from "./limits";

/**
 * The file a dry run checked, kept in the database (table ImportUpload) until the
 * uploader confirms the import with the token it was given: the import reads the very
 * bytes that were checked, never a second upload. A token is random (256 bits), only
 * its SHA-256 is stored, it works for the user who uploaded and nobody else, once, and
 * for UPLOAD_TTL_MS. In the database rather than on disk so that instances sharing a
 * PostgreSQL database all find it (docs/decisions/0012-import-uploads.md).
 */

/** Pending uploads a user may hold at once (several tabs); older ones are dropped. */
const PER_USER = 5;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token's form: 43 base64url characters. Anything else is not looked up. */
const TOKEN_FORM = /^[A-Za-z0-9_-]{43}$/;

export async function keepUpload(db: Db, userId: string, file: ImportFile, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.importUpload.deleteMany({ where: { expiresAt: { lte: now } } });
    const older = await tx.importUpload.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      skip: PER_USER - 1,
      select: { id: true },
    });
    if (older.length > 0) await tx.importUpload.deleteMany({ where: { id: { in: older.map((o) => o.id) } } });
    await tx.importUpload.create({
      data: {
        id: hashOf(token),
        userId,
        fileName: file.name.slice(0, 200),
        bytes: Buffer.from(file.bytes),
        expiresAt: new Date(now.getTime() + UPLOAD_TTL_MS),
      },
    });
  });
  return token;
}

export type KeptUpload = { id: string; file: ImportFile };

/**
 * The upload a token stands for, if it is this user's and not expired; otherwise why
 * not. An unknown token and another user's read the same, so a token cannot be probed.
 */
export async function findUpload(
  db: Db,
  userId: string,
  token: unknown,
  now = new Date(),
): Promise<{ ok: true; upload: KeptUpload } | ({ ok: false } & FileRefusal)> {
  if (typeof token !== "string" || !TOKEN_FORM.test(token)) return { ok: false, ...refusal("tokenInvalid", {}) };
  const row = await db.importUpload.findUnique({ where: { id: hashOf(token) } });
  if (!row || row.userId !== userId) return { ok: false, ...refusal("tokenInvalid", {}) };
  if (row.expiresAt <= now) return { ok: false, ...refusal("tokenExpired", {}) };
  return { ok: true, upload: { id: row.id, file: { name: row.fileName, bytes: new Uint8Array(row.bytes) } } };
}

/**
 * Uses the upload up, inside the import's transaction: true only for the one
 * transaction that deletes it, so two confirmations of one token import once. If the
 * import then fails, the transaction rolls back and the token still works.
 */
export async function consumeUpload(tx: Tx, id: string, userId: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.importUpload.deleteMany({ where: { id, userId, expiresAt: { gt: now } } });
  return count === 1;
}
