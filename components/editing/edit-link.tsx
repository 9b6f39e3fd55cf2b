import { getTranslations } from "next-intl/server";
import { getCurrentUser, hasRole } from "@/lib/auth";
import { Link } from "@/lib/i18n/navigation";
import type { EditableEntity } from "@/lib/schemas/record-edit";

/** "Edit" beside a record's title, for editors only; readers see nothing. */
export async function EditLink({ entity, id }: { entity: EditableEntity; id: string }) {
  const user = await getCurrentUser();
  if (!hasRole(user?.role, "editor")) return null;
  const t = await getTranslations("editForm");
  return (
    <Link href={`/edit/${entity}/${id}`} className="no-print text-sm" data-testid="edit-link">
      {t("edit")}
    </Link>
  );
}
