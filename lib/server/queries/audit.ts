import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "@/lib/schemas/audit-filters";
import type { Db } from "@/lib/server/db/prisma";

export const AUDIT_PER_PAGE = 50;

const entrySelect = {
  id: true,
  at: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  note: true,
} as const;

export type AuditRow = {
  id: string;
  at: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, [unknown, unknown]>;
  note: string | null;
};

function parseChanges(json: string): Record<string, [unknown, unknown]> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null ? (value as Record<string, [unknown, unknown]>) : {};
  } catch {
    return {};
  }
}

const toRow = (e: Omit<AuditRow, "changes"> & { changes: string }): AuditRow => ({
  ...e,
  changes: parseChanges(e.changes),
});

/** The history of some records (newest first), e.g. a plan and its items. */
export async function listRecordHistory(
  db: Db,
  records: readonly { entityType: string; entityId: string }[],
  take = 100,
) {
  if (records.length === 0) return [];
  const rows = await db.auditEntry.findMany({
    where: { OR: records.map((r) => ({ entityType: r.entityType, entityId: r.entityId })) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: entrySelect,
  });
  return rows.map(toRow);
}

/**
 * The entries the audit filters keep: by kind, action and actor, from and to a day
 * (both whole days, UTC). /admin/audit and its export (lib/server/export/audit.ts) both read through it.
 */
export function auditWhere(filters: Omit<AuditFilters, "page">): Prisma.AuditEntryWhereInput {
  return {
    entityType: filters.entityType,
    action: filters.action,
    actorLabel: filters.actor ? { contains: filters.actor } : undefined,
    at: {
      gte: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
      lt: filters.to ? new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
    },
  };
}

/** The whole log, filtered and paged, for /admin/audit. */
export async function listAudit(db: Db, filters: AuditFilters) {
  const where = auditWhere(filters);
  const total = await db.auditEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PER_PAGE,
    take: AUDIT_PER_PAGE,
    select: entrySelect,
  });
  return { rows: rows.map(toRow), total, page, pageCount };
}

/** Who made each of some audit entries (by entry id), for signed-in readers of a history. */
export async function listAuditActorLabels(db: Db, ids: readonly string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await db.auditEntry.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, actorLabel: true },
  });
  return Object.fromEntries(rows.map((r) => [r.id, r.actorLabel]));
}
