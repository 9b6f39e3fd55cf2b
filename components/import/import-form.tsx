"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type ImportState, importSheetAction } from "@/lib/server/actions/import";

/** Upload a sheet, see the dry run, then import it: all or nothing. */
export function ImportForm() {
  const t = useTranslations("openData.import");
  const [state, action, pending] = useActionState<ImportState, FormData>(importSheetAction, { status: "idle" });
  const report = state.status === "report" ? state.report : null;
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-3 rounded-lg border border-line bg-white p-4">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            {t("file")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            className="block text-sm"
          />
          <p id="import-file-hint" className="text-xs text-muted">
            {t("hint")}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            name="mode"
            value="dry-run"
            disabled={pending}
            className="rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:border-accent"
          >
            {t("check")}
          </button>
          <button
            type="submit"
            name="mode"
            value="commit"
            disabled={pending}
            className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:opacity-90"
          >
            {t("commit")}
          </button>
        </div>
      </form>

      <div aria-live="polite" data-testid="import-result">
        {state.status === "error" ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
            {state.kind === "invalid" ? state.message : t(state.kind)}
          </p>
        ) : null}
        {report ? (
          <div className="space-y-3 rounded-lg border border-line bg-white p-4 text-sm">
            {report.refused ? (
              <p role="alert" className="font-medium text-amber-900">
                {t("refused")}: <span lang="en">{report.refused}</span>
              </p>
            ) : (
              <>
                <p className="font-medium" data-testid="import-outcome">
                  {state.status === "report" && state.mode === "commit"
                    ? report.committed
                      ? t("committed")
                      : report.ok
                        ? t("nothingToDo")
                        : t("notCommitted")
                    : report.ok
                      ? t("dryRunOk")
                      : t("dryRunErrors")}
                </p>
                <p data-testid="import-counts">
                  {t("counts", {
                    create: report.counts.create,
                    update: report.counts.update,
                    unchanged: report.counts.unchanged,
                  })}
                </p>
              </>
            )}
            {report.errors.length > 0 ? (
              <table className="w-full text-left">
                <caption className="text-left font-medium">{t("errors", { count: report.errors.length })}</caption>
                <thead>
                  <tr className="text-xs text-muted">
                    <th scope="col">{t("row")}</th>
                    <th scope="col">{t("column")}</th>
                    <th scope="col">{t("reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.map((e) => (
                    <tr key={`${e.row}-${e.column}-${e.reason}`} className="border-t border-line align-top">
                      <td className="pr-3 tabular-nums">{e.row}</td>
                      <td className="pr-3 font-mono">{e.column ?? "—"}</td>
                      <td lang="en">{e.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {report.rows.some((r) => r.action !== "unchanged") ? (
              <ul className="space-y-0.5">
                {report.rows
                  .filter((r) => r.action !== "unchanged")
                  .map((r) => (
                    <li key={`${r.row}-${r.key}`}>
                      <span className="tabular-nums text-muted">{r.row}</span> {t(r.action)}: <code>{r.key}</code>{" "}
                      <span className="text-xs text-muted">{Object.keys(r.changes).join(", ")}</span>
                    </li>
                  ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
