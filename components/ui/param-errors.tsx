import { getTranslations } from "@/lib/i18n/translations";
import type { ParamError } from "@/lib/schemas/search-params";

/**
 * Names each URL parameter that could not be used, and why, in the reader's language.
 * `context` picks a page's own field labels (params.<context>.<field>) before the
 * shared ones (params.<field>); a field with no label is shown by its URL name only.
 */
export async function ParamErrors({ errors, context }: { errors: readonly ParamError[]; context?: string }) {
  if (errors.length === 0) return null;
  const t = await getTranslations("paramErrors");
  const tParams = await getTranslations("params");
  const labelOf = (field: string) => {
    for (const key of context ? [`${context}.${field}`, field] : [field]) {
      if (tParams.has(key)) return tParams(key as "q");
    }
    return field;
  };
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{t("title")}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.field}>
            {t.rich(e.code, {
              // As written (a year is "2100", not "2,100").
              ...Object.fromEntries(Object.entries(e.values).map(([k, v]) => [k, String(v)])),
              label: labelOf(e.field),
              field: (chunks) => (
                <>
                  <span className="font-medium">{chunks}</span> <code className="text-xs">({e.field})</code>
                </>
              ),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
