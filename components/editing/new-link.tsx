import { getTranslations } from "next-intl/server";
import { getCurrentUser, hasRole } from "@/lib/auth";
import { Link } from "@/lib/i18n/navigation";
import type { EditableEntity } from "@/lib/schemas/record-edit";

/**
 * "New …" on a list page, for editors only; readers see nothing. `with` names the
 * record the new one belongs to (a plan for an item, a dialogue for a meeting).
 */
export async function NewLink({ entity, with: parent }: { entity: EditableEntity; with?: Record<string, string> }) {
  const user = await getCurrentUser();
  if (!hasRole(user?.role, "editor")) return null;
  const t = await getTranslations("editForm");
  const query = parent ? `?${new URLSearchParams(parent).toString()}` : "";
  return (
    <Link
      href={`/new/${entity}${query}`}
      className="no-print inline-flex items-center rounded-md border border-line bg-white px-2.5 py-1 text-sm no-underline hover:border-accent"
      data-testid={`new-${entity}`}
    >
      {t("new", { name: t(`entity.${entity}`) })}
    </Link>
  );
}
