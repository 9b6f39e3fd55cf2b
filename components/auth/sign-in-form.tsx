"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrors } from "@/components/auth/field-errors";
import { inputClass, SubmitButton } from "@/components/ui/form-controls";
import { type FormState, IDLE } from "@/lib/form-state";
import { signInAction } from "@/lib/server/actions/auth";

/** Email and password; works as a plain form POST before the page's JS loads. */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const format = useFormatter();
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, IDLE);
  const error = state.status === "error" ? state : null;
  const message = !error
    ? null
    : error.kind === "locked" && error.until
      ? t("locked", { time: format.dateTime(new Date(error.until), { hour: "2-digit", minute: "2-digit" }) })
      : error.kind === "disabled" || error.kind === "credentials" || error.kind === "invalid"
        ? t(error.kind)
        : t("credentials");

  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <div
        role="alert"
        aria-live="assertive"
        className={message ? "rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800" : ""}
      >
        {message}
      </div>
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={error?.values.email ?? ""}
          aria-invalid={Boolean(error?.fieldErrors.email)}
          aria-describedby="email-error"
          className={inputClass}
        />
        <FieldErrors id="email-error" codes={error?.fieldErrors.email} />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(error?.fieldErrors.password)}
          aria-describedby="password-error"
          className={inputClass}
        />
        <FieldErrors id="password-error" codes={error?.fieldErrors.password} />
      </div>
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
