"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef } from "react";
import type { ErrorCode } from "@/lib/form-state";

/** One line of the summary: the field it is about (its id) and what to say. */
export type SummaryItem = { field: string; text: string };

type Props = {
  /** The answer's message ("Saved.", "Not saved: …", a conflict). */
  message: string | null;
  tone: "ok" | "error" | null;
  /** Changes with each answer: the banner takes the focus then. */
  focusKey: string;
  /** The fields to fix or to choose for, each a link to its control (GOV.UK's error summary). */
  items?: readonly SummaryItem[];
  testId: string;
  children?: ReactNode;
};

/**
 * A form's answer at its top: the message, and after a refusal a linked list of what
 * to fix (GOV.UK's error-summary pattern). It takes the focus when an answer comes, so
 * keyboard and screen-reader users land on it instead of staying at the button below.
 */
export function FormBanner({ message, tone, focusKey, items = [], testId, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey !== "idle") ref.current?.focus();
  }, [focusKey]);
  const style =
    tone === "error"
      ? "rounded-md border-2 border-red-700 bg-white p-3"
      : tone === "ok"
        ? "rounded-md border border-emerald-600 bg-emerald-50 p-3 text-emerald-900"
        : "";
  return (
    <div ref={ref} tabIndex={-1} className={`space-y-2 text-sm outline-none focus:ring-2 focus:ring-accent ${style}`}>
      <div role={tone === "error" ? "alert" : "status"} data-testid={testId} className="font-medium">
        {message}
      </div>
      {items.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5" data-testid={`${testId}-summary`}>
          {items.map((item) => (
            <li key={item.field}>
              <a
                href={`#${item.field}`}
                className="text-red-800 underline"
                onClick={(event) => {
                  const target = document.getElementById(item.field);
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "center" });
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}

/** The summary's lines for field errors: "Title (English): This field is required." */
export function useErrorItems(
  errors: Record<string, readonly ErrorCode[]> | undefined,
  label: (field: string) => string,
  idOf: (field: string) => string = (field) => field,
): SummaryItem[] {
  const t = useTranslations("formErrors");
  return Object.entries(errors ?? {}).flatMap(([field, codes]) =>
    codes.length > 0 ? [{ field: idOf(field), text: `${label(field)}: ${codes.map((c) => t(c)).join(" ")}` }] : [],
  );
}
