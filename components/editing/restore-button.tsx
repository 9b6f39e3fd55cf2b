"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type FormState, IDLE } from "@/lib/form-state";
import { restoreRecordAction } from "@/lib/server/actions/records";

/** Restores one archived record (admins; the action checks again), saying so in place. */
export function RestoreButton({
  entity,
  id,
  version,
  label,
}: {
  entity: string;
  id: string;
  version: number;
  label: string;
}) {
  const t = useTranslations("editForm");
  const tStatus = useTranslations("statusForm");
  const [state, restore, pending] = useActionState<FormState, FormData>(restoreRecordAction, IDLE);
  if (state.status === "ok")
    return (
      <p role="status" className="text-sm text-emerald-800" data-testid="restored">
        {t("restored")}
      </p>
    );
  return (
    <form action={restore} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${t("restore")}: ${label}`}
        className="rounded-md border border-line bg-white px-3 py-1 text-sm hover:border-accent disabled:opacity-60"
      >
        {t("restore")}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-xs text-red-700">
          {tStatus(state.kind as "invalid")}
        </span>
      ) : null}
    </form>
  );
}
