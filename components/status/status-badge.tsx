import { getTranslations } from "next-intl/server";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";

/**
 * An implementation status as icon + word, coloured; never colour alone. One element
 * with one short class: its colours and icon come from app/globals.css by its
 * data-status (the icon is decoration there; the word says the status).
 */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("status");
  const known = (IMPLEMENTATION_STATUSES as readonly string[]).includes(status) ? status : "not_assessed";
  return (
    <span className="badge sb" data-status={known}>
      {t(known as "completed")}
    </span>
  );
}
