import "server-only";
import { type AgreementRow, AgreementRowSchema } from "@/lib/schemas/import";
import { indexAgreements } from "@/lib/server/search";
import type { Changes } from "@/lib/server/services/audit";
import { auditImport } from "./audit";
import { issue, type RowError } from "./issues";
import {
  type Apply,
  actionOf,
  created,
  diff,
  idsBySlug,
  nothing,
  planRows,
  type Reader,
  rowError,
  type Step,
} from "./plan";
import type { Sheet } from "./read";

/** An agreement row as the columns it writes. */
const fieldsOf = (r: AgreementRow) => ({
  kind: r.kind,
  status: r.status,
  titleEn: r.title_en,
  titleKo: r.title_ko,
  titleZh: r.title_zh,
  summaryEn: r.summary_en,
  summaryKo: r.summary_ko,
  summaryZh: r.summary_zh,
  signedOn: r.signed_on,
  effectiveOn: r.effective_on,
  expiresOn: r.expires_on,
});
type Fields = ReturnType<typeof fieldsOf>;

const STORED = {
  id: true,
  archivedAt: true,
  kind: true,
  status: true,
  titleEn: true,
  titleKo: true,
  titleZh: true,
  summaryEn: true,
  summaryKo: true,
  summaryZh: true,
  signedOn: true,
  effectiveOn: true,
  expiresOn: true,
  signatories: { select: { ministry: { select: { slug: true } } } },
} as const;

/** Each agreement once per file, its signatories known bodies; then created or updated by slug. */
export async function planAgreements(db: Reader, sheet: Sheet, errors: RowError[]): Promise<Step[]> {
  const ministries = await idsBySlug(
    db.ministry.findMany({ where: { archivedAt: null }, select: { id: true, slug: true } }),
  );
  const seen = new Map<string, number>();
  return planRows(sheet, errors, AgreementRowSchema, async (r, { row }) => {
    const first = seen.get(r.slug);
    if (first !== undefined) return rowError(row, "slug", issue("duplicateRow", { first }));
    seen.set(r.slug, row);
    const unknown = r.signatories.filter((s) => !ministries.has(s));
    if (unknown.length > 0)
      return rowError(row, "signatories", issue("unknownMinistry", { values: unknown.join(", ") }));
    return planAgreement(db, r, row, ministries);
  });
}

async function planAgreement(db: Reader, r: AgreementRow, row: number, ministries: Map<string, string>) {
  const fields = fieldsOf(r);
  const signatories = [...r.signatories].sort();
  const existing = await db.agreement.findUnique({ where: { slug: r.slug }, select: STORED });
  if (existing?.archivedAt) return rowError(row, "slug", issue("archived", {}));
  if (!existing) {
    const changes = created({ ...fields, signatories });
    return {
      plan: { row, key: r.slug, action: "create", changes },
      apply: create(r.slug, fields, signatories, ministries),
    } satisfies Step;
  }
  const { id: _id, archivedAt: _a, signatories: stored, ...storedFields } = existing;
  const before = { ...storedFields, signatories: stored.map((s) => s.ministry.slug).sort() };
  const changes = diff(before, { ...fields, signatories });
  const action = actionOf(changes);
  const apply = action === "unchanged" ? nothing : update(existing.id, fields, signatories, changes, ministries);
  return { plan: { row, key: r.slug, action, changes }, apply } satisfies Step;
}

function create(slug: string, fields: Fields, signatories: string[], ministries: Map<string, string>): Apply {
  return async (tx, actor, note) => {
    const a = await tx.agreement.create({ data: { slug, ...fields }, select: { id: true } });
    for (const s of signatories)
      await tx.signatory.create({ data: { agreementId: a.id, ministryId: ministries.get(s) as string } });
    await auditImport(tx, actor, note, {
      entityType: "Agreement",
      entityId: a.id,
      changes: created({ slug, ...fields, signatories }),
    });
    await indexAgreements(tx, [a.id]);
  };
}

function update(
  agreementId: string,
  fields: Fields,
  signatories: string[],
  changes: Changes,
  ministries: Map<string, string>,
): Apply {
  return async (tx, actor, note) => {
    await tx.agreement.update({ where: { id: agreementId }, data: fields });
    if (changes.signatories) {
      await tx.signatory.deleteMany({ where: { agreementId, ministry: { slug: { notIn: signatories } } } });
      for (const slug of signatories) {
        const ministryId = ministries.get(slug) as string;
        await tx.signatory.upsert({
          where: { agreementId_ministryId: { agreementId, ministryId } },
          create: { agreementId, ministryId },
          update: {},
        });
      }
    }
    await auditImport(tx, actor, note, { entityType: "Agreement", entityId: agreementId, changes });
    await indexAgreements(tx, [agreementId]);
  };
}
