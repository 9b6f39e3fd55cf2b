import { getTranslations } from "next-intl/server";

const STYLE = {
  primary: { icon: "◆", className: "bg-emerald-50 text-emerald-900 ring-emerald-300" },
  secondary: { icon: "◇", className: "bg-sky-50 text-sky-900 ring-sky-300" },
  low: { icon: "△", className: "bg-amber-50 text-amber-950 ring-amber-300" },
} as const;

/** How far to trust a source, as a word and an icon (never colour alone). */
export async function TrustBadge({ trust }: { trust: string }) {
  const t = await getTranslations("trust");
  const style = STYLE[trust as keyof typeof STYLE] ?? STYLE.low;
  return (
    <span className={`badge whitespace-nowrap ${style.className}`}>
      <span aria-hidden="true">{style.icon}</span>
      {t(trust as "primary")}
    </span>
  );
}
