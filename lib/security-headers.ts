/**
 * Security headers. Two Content Security Policies (docs/decisions/0003):
 *
 * - Cached public pages are the same bytes for everybody, so they cannot carry a
 *   per-request nonce; Next.js inlines its hydration data, so their policy allows
 *   inline scripts, and forbids everything else that matters: other origins, eval,
 *   plugins, <base> and framing.
 * - Sign-in and staff pages are rendered per request anyway: proxy.ts gives each
 *   response a fresh nonce, and scripts without it do not run ('strict-dynamic' lets
 *   the nonced scripts load Next's chunks).
 *
 * Everything here is plain string work so proxy.ts (which runs before every page)
 * and next.config.ts share it.
 */

const COMMON_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The policy of cached public pages and every other response without a nonce. */
export function publicCsp(): string {
  return ["default-src 'self'", "script-src 'self' 'unsafe-inline'", ...COMMON_DIRECTIVES.slice(1)].join("; ");
}

/** The policy of a sign-in or staff page: only scripts carrying this response's nonce. */
export function nonceCsp(nonce: string): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error("a nonce must be at least 16 base64 characters");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    ...COMMON_DIRECTIVES.slice(1),
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The path as the router will read it: percent-decoded once, runs of slashes folded.
 * Null when it is not valid percent-encoded UTF-8 (`/%FF`, a lone surrogate `%ED%A0%80`),
 * which no route can serve.
 */
export function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname).replace(/\/{2,}/g, "/");
  } catch {
    return null;
  }
}

/**
 * Pages that get the nonce policy: sign-in and every staff page (/login, /admin/…,
 * /edit/…, /new/…), in each language. All are rendered per request. Decided on the
 * decoded path (`/%61dmin` is /admin), and a path that does not decode gets the
 * strict policy.
 */
export function isNoncePath(pathname: string): boolean {
  const path = decodedPath(pathname);
  return path === null || /^\/(?:(?:ko|zh)\/)?(?:login|admin|edit|new)(?:\/|$)/i.test(path);
}

/** Headers for every response; the proxy replaces the policy with a nonced one on isNoncePath pages. */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: publicCsp() },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
