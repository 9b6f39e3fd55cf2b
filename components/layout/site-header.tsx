import { getLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { HeaderFrame } from "./header-frame";

const NAV = ["agreements", "ministries", "dialogues", "plans", "timeline", "status", "sources", "search"] as const;

/** The header's words in the reader's language; ./header-frame.tsx draws it. */
export async function SiteHeader() {
  const t = await getTranslations("nav");
  const tMeta = await getTranslations("meta");
  const tAuth = await getTranslations("auth");
  // Split around the name so the browser can put in whoever /api/session names.
  const marker = "\u0000";
  const [before = "", after = ""] = tAuth("signedInAs", { name: marker }).split(marker);
  return (
    <HeaderFrame
      words={{
        siteName: tMeta("siteName"),
        navLabel: t("label"),
        menu: t("menu"),
        items: NAV.map((key) => [key, t(key)] as const),
        searchAction: getPathname({ href: "/search", locale: await getLocale() }),
        searchLabel: t("searchLabel"),
        searchPlaceholder: t("searchPlaceholder"),
        session: { signIn: tAuth("signIn"), signOut: tAuth("signOut"), staff: t("staff"), signedInAs: [before, after] },
        language: t("language"),
      }}
    />
  );
}
