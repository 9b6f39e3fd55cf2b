import { StaffOnly } from "@/components/session/session-provider";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import type { EditableEntity } from "@/lib/schemas/record-edit";

/**
 * "New …" on a list page, for editors only; readers see nothing. `with` names the
 * record the new one belongs to (a plan for an item, a dialogue for a meeting). Like
 * EditLink, the link is in every reader's (cached) page and shown by the browser once
 * /api/session says an editor is signed in; the form's page checks the role itself.
 */
export async function NewLink({ entity, with: parent }: { entity: EditableEntity; with?: Record<string, string> }) {
  const t = await getTranslations("editForm");
  const query = parent ? `?${new URLSearchParams(parent).toString()}` : "";
  return (
    <StaffOnly min="editor">
      <Link
        href={`/new/${entity}${query}`}
        className="no-print inline-flex items-center rounded-md border border-line bg-white px-2.5 py-1 text-sm no-underline hover:border-accent"
        data-testid={`new-${entity}`}
      >
        {t("new", { name: t(`entity.${entity}`) })}
      </Link>
    </StaffOnly>
  );
}
