import "server-only";
import { EDITABLE_ENTITIES, type EditableEntity, UNARCHIVABLE } from "@/lib/schemas/record-edit";
import { delegate } from "@/lib/server/db/delegates";
import type { Db } from "@/lib/server/db/prisma";

/** A label for any record: its English, Korean or Chinese name or title as stored, or its quote or id. */
export type RecordLabel = { En: string; Ko: string | null; Zh: string | null };

function labelOf(row: Record<string, unknown>): RecordLabel {
  for (const f of ["title", "name", "place"]) {
    const en = row[`${f}En`];
    if (typeof en === "string" || typeof row[`${f}Ko`] === "string")
      return {
        En: typeof en === "string" ? en : "",
        Ko: (row[`${f}Ko`] as string | null) ?? null,
        Zh: (row[`${f}Zh`] as string | null) ?? null,
      };
  }
  const plain = row.title ?? row.quote ?? row.slug ?? row.id;
  return { En: String(plain).slice(0, 160), Ko: null, Zh: null };
}

export type ArchivedRecord = {
  entity: EditableEntity;
  id: string;
  version: number;
  label: RecordLabel;
  archivedAt: Date;
  /** Who archived it, from the audit log (null for rows archived outside the app, e.g. an import). */
  archivedBy: string | null;
  note: string | null;
};

/** Every archived record of every kind, most recently archived first, with who archived it. */
export async function listArchived(db: Db): Promise<ArchivedRecord[]> {
  const kinds = EDITABLE_ENTITIES.filter((e) => !UNARCHIVABLE.has(e));
  const rows = (
    await Promise.all(
      kinds.map(async (entity) => {
        const found = (await (
          delegate(db, entity) as unknown as {
            findMany(args: unknown): Promise<Record<string, unknown>[]>;
          }
        ).findMany({ where: { archivedAt: { not: null } }, orderBy: { archivedAt: "desc" }, take: 500 })) as (Record<
          string,
          unknown
        > & { id: string; version: number; archivedAt: Date })[];
        return found.map((r) => ({ entity, row: r }));
      }),
    )
  ).flat();
  const audit = await db.auditEntry.findMany({
    where: { action: "archive", entityId: { in: rows.map((r) => r.row.id) } },
    orderBy: { at: "desc" },
    select: { entityType: true, entityId: true, actorLabel: true, note: true },
  });
  const last = new Map<string, { actorLabel: string; note: string | null }>();
  for (const a of audit) {
    const key = `${a.entityType}:${a.entityId}`;
    if (!last.has(key)) last.set(key, a);
  }
  return rows
    .map(({ entity, row }) => {
      const by = last.get(`${entity}:${row.id}`);
      return {
        entity,
        id: row.id,
        version: row.version,
        label: labelOf(row),
        archivedAt: row.archivedAt,
        archivedBy: by?.actorLabel ?? null,
        note: by?.note ?? null,
      };
    })
    .sort((a, b) => b.archivedAt.getTime() - a.archivedAt.getTime());
}

/**
 * An archived record a public URL still names (by slug, or id for sources), so the
 * page can say it was archived rather than vanish; null when there is none.
 */
export async function getArchivedBySlug(
  db: Db,
  entity: "Agreement" | "Ministry" | "Dialogue" | "ActionPlan" | "Source",
  key: string,
): Promise<{ label: RecordLabel; archivedAt: Date } | null> {
  const where = entity === "Source" ? { id: key } : { slug: key };
  const row = await delegate(db, entity).findFirst({ where: { ...where, archivedAt: { not: null } } });
  if (!row?.archivedAt) return null;
  return { label: labelOf(row), archivedAt: row.archivedAt };
}
