import { getTranslations } from "next-intl/server";
import type { ParamError } from "@/lib/schemas/search-params";

/** Names each URL parameter that could not be used, and why. */
export async function ParamErrors({ errors }: { errors: readonly ParamError[] }) {
  if (errors.length === 0) return null;
  const t = await getTranslations();
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{t("agreements.badParams")}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.field}>
            <span className="font-medium">
              {t.has(`params.${e.field}`) ? t(`params.${e.field}` as "params.q") : e.field}
            </span>{" "}
            <code className="text-xs">({e.field})</code> {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
