import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import { RefusedPage } from "@/components/auth/staff-only-page";
import { ExportLinks } from "@/components/export/export-links";
import { Changes } from "@/components/history/record-history";
import { Field, inputClass } from "@/components/ui/form-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ParamErrors } from "@/components/ui/param-errors";
import { Select } from "@/components/ui/select";
import { pageLocale } from "@/lib/i18n/alternates";
import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { getTranslations } from "@/lib/i18n/translations";
import { AUDITED_ENTITIES } from "@/lib/schemas/audit-filters";
import { type RawSearchParams, toQueryString } from "@/lib/schemas/search-params";
import { requireRole } from "@/lib/server/auth";
import { getAuditPage } from "@/lib/server/queries/audit-page";
import { AUDIT_ACTIONS } from "@/lib/server/services/audit";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">): Promise<Metadata> {
  return staffMetadata(params, "history", "auditTitle");
}

/** The whole audit log, for administrators: filter by record type, change, who and days. */
export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("history");
  const gate = await requireRole("admin");
  if (!gate.ok) return <RefusedPage title={t("auditTitle")} message={t("adminsOnly")} needs="admin" />;
  const format = await getFormatter();
  const entityName = await getTranslations("editForm.entity");
  /** A kind of record by its name in the reader's language, as a label ("Plan item", 계획 항목). */
  const typeName = (entity: string) => {
    if (!entityName.has(entity as "User")) return entity;
    const name = entityName(entity as "User");
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  const { filters, errors, result, names } = await getAuditPage((await searchParams) as RawSearchParams, locale);
  const hrefFor = (page: number) => `/admin/audit${toQueryString({ ...filters, page: page === 1 ? undefined : page })}`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("auditTitle")} lead={t("auditLead")} />
      <ParamErrors errors={errors} />
      <form method="get" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
        <Field id="entityType" label={t("entityType")}>
          <Select
            id="entityType"
            name="entityType"
            value={filters.entityType}
            anyLabel={t("any")}
            options={AUDITED_ENTITIES.map((e) => ({ value: e, label: typeName(e) }))}
          />
        </Field>
        <Field id="action" label={t("actionFilter")}>
          <Select
            id="action"
            name="action"
            value={filters.action}
            anyLabel={t("any")}
            options={Object.values(AUDIT_ACTIONS).map((a) => ({ value: a, label: t(`action.${a}`) }))}
          />
        </Field>
        <Field id="actor" label={t("actor")}>
          <input id="actor" name="actor" defaultValue={filters.actor ?? ""} className={inputClass} />
        </Field>
        <Field id="from" label={t("from")}>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={inputClass} />
        </Field>
        <Field id="to" label={t("to")}>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} />
        </Field>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white">
          {t("apply")}
        </button>
      </form>
      <p className="text-sm text-muted" data-testid="audit-total">
        {t("total", { count: result.total })}
      </p>
      <ol className="divide-y divide-line rounded-lg border border-line bg-white text-sm">
        {result.rows.map((row) => (
          <li key={row.id} className="space-y-1 p-3" data-testid="audit-entry">
            <p className="flex flex-wrap gap-x-3 text-xs text-muted">
              <time dateTime={row.at.toISOString()}>
                {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}
              </time>
              <span className="font-medium text-ink">{t(`action.${row.action}` as "action.update")}</span>
              <span>
                {t("record")}: {typeName(row.entityType)} <span className="font-mono">{row.entityId}</span>
              </span>
              <span>{t("by", { name: row.actorLabel })}</span>
            </p>
            <Changes row={row} names={names} />
            {row.note ? <p className="text-xs">{t("note", { note: row.note })}</p> : null}
          </li>
        ))}
      </ol>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
      <ExportLinks view="audit" filters={filters} />
    </div>
  );
}
