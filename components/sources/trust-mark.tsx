export type Trust = "primary" | "secondary" | "low";

// Colours from one short class each (app/globals.css, .trust-*): /sources draws dozens.
const STYLE = {
  primary: { icon: "◆", className: "trust-primary" },
  secondary: { icon: "◇", className: "trust-secondary" },
  low: { icon: "△", className: "trust-low" },
} as const;

/**
 * A trust level's badge from its word: a plain component, so TrustBadge (server) and the
 * search results drawn in the browser (components/search/search-hit-rows.tsx) share it.
 */
export function TrustMark({ trust, label }: { trust: Trust; label: string }) {
  const style = STYLE[trust];
  return (
    <span className={`badge ${style.className}`}>
      <span aria-hidden="true">{style.icon}</span>
      {label}
    </span>
  );
}
