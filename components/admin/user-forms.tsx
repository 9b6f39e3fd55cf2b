"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrors } from "@/components/auth/field-errors";
import { formKey } from "@/components/plans/status-update-form";
import { inputClass, SubmitButton } from "@/components/ui/form-controls";
import { type FormState, IDLE } from "@/lib/form-state";
import {
  createUserAction,
  resetPasswordAction,
  setUserDisabledAction,
  setUserRoleAction,
} from "@/lib/server/actions/users";

const ROLES = ["viewer", "editor", "admin"] as const;
const button =
  "rounded-md border border-line bg-white px-2.5 py-1 text-sm hover:border-accent disabled:opacity-60 whitespace-nowrap";

/** A password shown once, selectable for copying. */
function Secret({ label, value }: { label: string; value: string }) {
  return (
    <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm" data-testid="secret">
      <p>{label}</p>
      <code className="mt-1 block select-all break-all font-mono text-base" data-testid="secret-value">
        {value}
      </code>
    </div>
  );
}

function Refusal({ state }: { state: FormState }) {
  const t = useTranslations("statusForm");
  if (state.status !== "error" || state.kind === "invalid") return null;
  return (
    <p role="alert" className="text-xs text-red-700">
      {t(state.kind as "invalid")}
    </p>
  );
}

export function CreateUserForm() {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, IDLE);
  const error = state.status === "error" ? state : null;
  const typed = error?.values ?? {};
  const field = (name: "email" | "name", type: string) => (
    <div className="min-w-0 space-y-1">
      <label htmlFor={`new-${name}`} className="block text-xs font-medium text-muted">
        {t(name)}
      </label>
      <input
        id={`new-${name}`}
        name={name}
        type={type}
        defaultValue={typed[name] ?? ""}
        aria-invalid={Boolean(error?.fieldErrors[name])}
        aria-describedby={`new-${name}-error`}
        className={inputClass}
      />
      <FieldErrors id={`new-${name}-error`} codes={error?.fieldErrors[name]} />
    </div>
  );
  return (
    <div className="space-y-3">
      <form
        key={formKey(state)}
        action={action}
        className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-start"
        noValidate
      >
        {field("email", "email")}
        {field("name", "text")}
        <div className="space-y-1">
          <label htmlFor="new-role" className="block text-xs font-medium text-muted">
            {t("role")}
          </label>
          <select
            id="new-role"
            name="role"
            defaultValue={typed.role ?? "viewer"}
            aria-describedby="new-role-error"
            className={inputClass}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <FieldErrors id="new-role-error" codes={error?.fieldErrors.role} />
        </div>
        <SubmitButton pending={pending} className="sm:mt-5">
          {t("create")}
        </SubmitButton>
      </form>
      <Refusal state={state} />
      {state.status === "ok" && state.secret ? <Secret label={t("createdOnce")} value={state.secret} /> : null}
    </div>
  );
}

type UserRowProps = { email: string; name: string; role: string; disabled: boolean; self: boolean };

/** One account's role, state and password controls, each a small form of its own. */
export function UserControls({ email, name, role, disabled, self }: UserRowProps) {
  const t = useTranslations("users");
  const [roleState, setRole, rolePending] = useActionState<FormState, FormData>(setUserRoleAction, IDLE);
  const [stateState, setState, statePending] = useActionState<FormState, FormData>(setUserDisabledAction, IDLE);
  const [resetState, reset, resetPending] = useActionState<FormState, FormData>(resetPasswordAction, IDLE);
  const roleError = roleState.status === "error" ? roleState.fieldErrors.role : undefined;
  const id = email.replace(/[^a-z0-9]+/gi, "-");
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        <form action={setRole} className="flex items-center gap-1.5">
          <input type="hidden" name="email" value={email} />
          <label htmlFor={`role-${id}`} className="sr-only">
            {t("role")}: {name}
          </label>
          <select
            id={`role-${id}`}
            name="role"
            defaultValue={role}
            disabled={self}
            aria-describedby={`role-${id}-error`}
            className={`${inputClass} w-auto`}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={self || rolePending} className={button}>
            {t("setRole")}
          </button>
        </form>
        <form action={setState}>
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
          <button
            type="submit"
            disabled={self || statePending}
            className={`${button} ${disabled ? "" : "border-red-300 text-red-800"}`}
            data-testid={disabled ? "enable-user" : "disable-user"}
          >
            {disabled ? t("enable") : t("disable")}
          </button>
        </form>
        <form action={reset}>
          <input type="hidden" name="email" value={email} />
          <button type="submit" disabled={resetPending} className={button} data-testid="reset-password">
            {t("reset")}
          </button>
        </form>
      </div>
      <FieldErrors id={`role-${id}-error`} codes={roleError} />
      {roleState.status === "ok" ? (
        <p role="status" className="text-xs text-emerald-800">
          {t("saved")}
        </p>
      ) : null}
      <Refusal state={roleState} />
      <Refusal state={stateState} />
      <Refusal state={resetState} />
      {resetState.status === "ok" && resetState.secret ? (
        <Secret label={t("resetOnce")} value={resetState.secret} />
      ) : null}
    </div>
  );
}
