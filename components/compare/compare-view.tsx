import { ExportLinks } from "@/components/export/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import type { CompareProblem } from "@/lib/schemas/compare";
import type { Comparison } from "@/lib/server/queries/compare-page";
import { CompareTable } from "./compare-table";

/**
 * /compare: the agreements the URL names side by side, or, when the selection cannot
 * be shown, what is wrong with it in the reader's language and the way back to the list.
 */
export async function CompareView({ comparison }: { comparison: Comparison }) {
  const t = await getTranslations("compare");
  return (
    <div className="compare-page space-y-6" data-count={comparison.ok ? comparison.agreements.length : 0}>
      {/* A refused selection has its own way back, inside the message. */}
      {comparison.ok ? (
        <div className="no-print text-sm">
          <Link href="/agreements">{t("backToList")}</Link>
        </div>
      ) : null}
      <PageHeader title={t("title")} lead={t("lead")} />
      {comparison.ok ? (
        <>
          <CompareTable agreements={comparison.agreements} />
          <ExportLinks view="compare" filters={{ a: comparison.slugs }} />
        </>
      ) : (
        <CompareProblems problems={comparison.problems} />
      )}
    </div>
  );
}

async function CompareProblems({ problems }: { problems: readonly CompareProblem[] }) {
  const t = await getTranslations("compare");
  const onlyNone = problems.every((p) => p.code === "none");
  return (
    <div
      role={onlyNone ? "status" : "alert"}
      data-testid="compare-problems"
      className="max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      {onlyNone ? null : <p className="font-medium">{t("problemTitle")}</p>}
      <ul className={onlyNone ? "" : "mt-1 list-disc pl-5"}>
        {problems.map((p) => (
          <li key={`${p.code}-${"values" in p ? Object.values(p.values).join("-") : ""}`}>
            {t(`problems.${p.code}`, "values" in p ? p.values : {})}
          </li>
        ))}
      </ul>
      <p className="mt-3">{t("choose")}</p>
      <p className="mt-3">
        <Link href="/agreements" className="font-medium">
          {t("backToList")}
        </Link>
      </p>
    </div>
  );
}
