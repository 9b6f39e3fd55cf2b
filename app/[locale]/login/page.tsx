import type { Metadata } from "next";
import { z } from "zod";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { pageLocale } from "@/lib/i18n/alternates";
import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { getTranslations } from "@/lib/i18n/translations";
import { getCurrentUser } from "@/lib/server/auth";

export const dynamic = "force-dynamic";

/** Where to go after signing in: a path on this site only. */
const NextSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])/)
  .catch("/");

export function generateMetadata({ params }: PageProps<"/[locale]/login">): Promise<Metadata> {
  return staffMetadata(params, "auth", "title");
}

export default async function LoginPage({ params, searchParams }: PageProps<"/[locale]/login">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("auth");
  const next = NextSchema.parse((await searchParams).next ?? (locale === "en" ? "/" : `/${locale}`));
  const user = await getCurrentUser();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {user ? (
        <div className="space-y-2 text-sm">
          <p>
            {t("signedInAs", { name: user.name })} ({t(`role.${user.role}`)})
          </p>
          <SignOutButton label={t("signOut")} />
        </div>
      ) : (
        <ClientMessages>
          <SignInForm next={next} />
        </ClientMessages>
      )}
    </div>
  );
}
