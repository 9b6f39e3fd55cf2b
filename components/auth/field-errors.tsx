"use client";

import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/form-state";

/** The errors of one field, in the region its input names with aria-describedby. */
export function FieldErrors({ id, codes }: { id: string; codes: readonly ErrorCode[] | undefined }) {
  const t = useTranslations("formErrors");
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {codes?.map((code) => (
        <p key={code} className="mt-1 text-xs text-red-700">
          {t(code)}
        </p>
      ))}
    </div>
  );
}
