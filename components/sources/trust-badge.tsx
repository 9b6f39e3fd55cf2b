import { getTranslations } from "next-intl/server";

// Colours from one short class each (app/globals.css, .trust-*): /sources draws dozens.
const STYLE = {
  primary: { icon: "◆", className: "trust-primary" },
  secondary: { icon: "◇", className: "trust-secondary" },
  low: { icon: "△", className: "trust-low" },
} as const;

/** How far to trust a source, as a word and an icon (never colour alone). */
export async function TrustBadge({ trust }: { trust: string }) {
  const t = await getTranslations("trust");
  const style = STYLE[trust as keyof typeof STYLE] ?? STYLE.low;
  return (
    <span className={`badge ${style.className}`}>
      <span aria-hidden="true">{style.icon}</span>
      {t(trust as "primary")}
    </span>
  );
}
