import { StaffOnly } from "@/components/session/session-provider";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import type { EditableEntity } from "@/lib/schemas/record-edit";

/**
 * "Edit" beside a record's title, for editors only; readers see nothing. The link is
 * in every reader's page (which is cached, the same for all) and shown by the browser
 * once /api/session says an editor is signed in; the edit page checks the role itself.
 */
export async function EditLink({ entity, id }: { entity: EditableEntity; id: string }) {
  const t = await getTranslations("editForm");
  return (
    <StaffOnly min="editor">
      <Link href={`/edit/${entity}/${id}`} className="no-print mr-4 text-sm" data-testid="edit-link">
        {t("edit")}
      </Link>
    </StaffOnly>
  );
}
