"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useActionState, useState } from "react";
import { type ImportState, importSheetAction } from "@/lib/server/actions/import";
import type { WordedReport } from "@/lib/server/services/import/messages";

/** What POST /api/import answers: a dry run's report and its token, or a refusal before any file was read. */
type Checked = { token: string | null; report: WordedReport };
type Answer = Partial<Checked> & { message?: string };

async function upload(file: File, locale: string): Promise<Answer> {
  const query = new URLSearchParams({ locale, name: file.name });
  const response = await fetch(`/api/import?${query}`, {
    method: "POST",
    body: file,
    headers: { "Content-Type": file.type || "application/octet-stream" },
  });
  return (await response.json()) as Answer;
}

/**
 * Check a sheet (the upload is a dry run that keeps the file), then import the file
 * that was checked with the token the check gave: all rows or nothing.
 */
export function ImportForm({ maxMb, maxRows }: { maxMb: number; maxRows: number }) {
  const t = useTranslations("importSheet");
  const locale = useLocale();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [state, confirm, importing] = useActionState<ImportState, FormData>(importSheetAction, { status: "idle" });

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    setChecked(null);
    setProblem(null);
    setConfirmed(false);
    if (!(file instanceof File) || file.size === 0) return setProblem(t("refused.noFile"));
    setChecking(true);
    try {
      const answer = await upload(file, locale);
      if (answer.report) setChecked({ token: answer.token ?? null, report: answer.report });
      else setProblem(answer.message ?? t("network"));
    } catch {
      setProblem(t("network"));
    } finally {
      setChecking(false);
    }
  }

  const committed = confirmed && state.status === "report" ? state.report : null;
  return (
    <div className="space-y-6">
      <form onSubmit={check} className="space-y-3 rounded-lg border border-line bg-white p-4">
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
            className="block max-w-full text-sm"
          />
          <p id="import-file-hint" className="text-xs text-muted">
            {t("hint", { maxMb, maxRows })}
          </p>
        </div>
        <button
          type="submit"
          disabled={checking || importing}
          className="rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:border-accent"
        >
          {checking ? t("checking") : t("check")}
        </button>
      </form>

      <div aria-live="polite" data-testid="import-result" className="space-y-4">
        {problem ? <Alert>{problem}</Alert> : null}
        {checked && !committed ? <ReportView report={checked.report} mode="dry-run" /> : null}
        {checked?.token && !committed ? (
          <form action={confirm} onSubmit={() => setConfirmed(true)} className="space-y-2">
            <input type="hidden" name="token" value={checked.token} />
            <input type="hidden" name="locale" value={locale} />
            <p className="text-xs text-muted">{t("kept")}</p>
            <button
              type="submit"
              disabled={importing}
              className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:opacity-90"
            >
              {importing ? t("importing") : t("commit", { count: checked.report.counts.ready })}
            </button>
          </form>
        ) : null}
        {confirmed && state.status === "error" ? <Alert>{state.message}</Alert> : null}
        {committed ? <ReportView report={committed} mode="commit" /> : null}
      </div>
    </div>
  );
}

function Alert({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      {children}
    </p>
  );
}

function outcomeKey(report: WordedReport, mode: "dry-run" | "commit") {
  if (mode === "commit") return report.committed ? "committed" : report.ok ? "nothingToDo" : "notCommitted";
  return report.ok ? "dryRunOk" : "dryRunErrors";
}

function ReportView({ report, mode }: { report: WordedReport; mode: "dry-run" | "commit" }) {
  const t = useTranslations("importSheet");
  if (report.refused) {
    return (
      <Alert>
        <span className="font-medium">{t("refusedTitle")}:</span>{" "}
        <span data-testid="import-refused">{report.refused.message}</span>
      </Alert>
    );
  }
  const { counts } = report;
  return (
    <div className="space-y-3 rounded-lg border border-line bg-white p-4 text-sm" data-testid={`import-${mode}`}>
      <p className="font-medium" data-testid="import-outcome">
        {t(outcomeKey(report, mode))}
      </p>
      <p data-testid="import-counts">{t("readCounts", counts)}</p>
      <p className="text-muted">{t("actions", counts)}</p>
      {report.kind === "accounts" && counts.create > 0 ? <p className="text-muted">{t("accountsNote")}</p> : null}
      {report.errors.length > 0 ? <ErrorTable report={report} /> : null}
      {report.rows.some((r) => r.action !== "unchanged") ? (
        <ul className="space-y-0.5">
          {report.rows
            .filter((r) => r.action !== "unchanged")
            .map((r) => (
              <li key={`${r.row}-${r.key}`} className="break-words">
                <span className="tabular-nums text-muted">{r.row}</span> {t(r.action)}: <code>{r.key}</code>{" "}
                <span className="text-xs text-muted">{Object.keys(r.changes).join(", ")}</span>
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}

function ErrorTable({ report }: { report: WordedReport }) {
  const t = useTranslations("importSheet");
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="text-left font-medium">{t("errors", { count: report.errors.length })}</caption>
        <thead>
          <tr className="text-xs text-muted">
            <th scope="col" className="pr-3">
              {t("row")}
            </th>
            <th scope="col" className="pr-3">
              {t("column")}
            </th>
            <th scope="col">{t("reason")}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((e) => (
            <tr key={`${e.row}-${e.column}-${e.code}`} className="border-t border-line align-top">
              <td className="pr-3 tabular-nums">{e.row}</td>
              <td className="pr-3 font-mono">{e.column ?? t("wholeRow")}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
