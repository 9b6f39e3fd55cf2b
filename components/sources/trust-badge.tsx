import { getTranslations } from "@/lib/i18n/translations";
import { type Trust, TrustMark } from "./trust-mark";

/** How far to trust a source, as a word and an icon (never colour alone). */
export async function TrustBadge({ trust }: { trust: string }) {
  const t = await getTranslations("trust");
  const known: Trust = trust === "primary" || trust === "secondary" ? trust : "low";
  return <TrustMark trust={known} label={t(trust as "primary")} />;
}
