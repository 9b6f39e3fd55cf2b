import { getTranslations } from "next-intl/server";
import type { ImplementationStatus } from "@/lib/schemas/vocab";
import { STATUS_STYLE } from "@/lib/status";

/** An implementation status as icon + word, coloured; never colour alone. */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("status");
  const style = STATUS_STYLE[status as ImplementationStatus] ?? STATUS_STYLE.not_assessed;
  return (
    <span className={`badge whitespace-nowrap ${style.className}`} data-status={status}>
      <span aria-hidden="true" className="font-bold">
        {style.icon}
      </span>
      {t(status as "completed")}
    </span>
  );
}
