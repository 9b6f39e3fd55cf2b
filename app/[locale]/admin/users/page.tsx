import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import { CreateUserForm, UserControls } from "@/components/admin/user-forms";
import { RefusedPage } from "@/components/auth/staff-only-page";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageLocale } from "@/lib/i18n/alternates";
import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { getTranslations } from "@/lib/i18n/translations";
import { requireRole } from "@/lib/server/auth";
import { getUsersPage } from "@/lib/server/queries/users-page";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: PageProps<"/[locale]/admin/users">): Promise<Metadata> {
  return staffMetadata(params, "users", "title");
}

/** Staff accounts: create, change role, disable or enable, reset password. Administrators only, checked here and by each action. */
export default async function UsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const _locale = await pageLocale(params);
  const t = await getTranslations("users");
  const gate = await requireRole("admin");
  if (!gate.ok) return <RefusedPage title={t("title")} message={t("adminsOnly")} needs="admin" />;
  const format = await getFormatter();
  const users = await getUsersPage();
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="new-user" title={t("createTitle")}>
        <CreateUserForm />
      </Section>
      <DataTable caption={t("caption")} columns={[t("colUser"), t("colRole"), t("colState"), t("colActions")]}>
        {users.map((u) => {
          const self = u.id === gate.user.id;
          return (
            <tr key={u.id} data-testid="user-row" data-email={u.email} className="align-top">
              <td className="px-3 py-2">
                <span className="font-medium">{u.name}</span>
                {self ? <span className="text-muted"> ({t("you")})</span> : null}
                <span className="block text-xs text-muted">{u.email}</span>
              </td>
              <td className="px-3 py-2">
                <Badge tone={u.role === "admin" ? "accent" : "neutral"}>{t(`roles.${u.role}` as "roles.viewer")}</Badge>
              </td>
              <td className="px-3 py-2" data-testid="user-state">
                {u.disabledAt ? (
                  <span className="text-red-800">
                    {t("disabled", { date: format.dateTime(u.disabledAt, { dateStyle: "medium" }) })}
                  </span>
                ) : (
                  t("active")
                )}
              </td>
              <td className="px-3 py-2">
                <UserControls
                  email={u.email}
                  name={u.name}
                  role={u.role}
                  disabled={u.disabledAt !== null}
                  self={self}
                />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
