import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security-headers";

const get = (production: boolean, key: string) => securityHeaders(production).find((h) => h.key === key)?.value;

describe("security headers", () => {
  it("forbid framing, sniffing, plugins, <base>, eval and other origins", () => {
    const csp = get(false, "Content-Security-Policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(get(false, "X-Content-Type-Options")).toBe("nosniff");
    expect(get(false, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });

  it("send HSTS in production only", () => {
    expect(get(true, "Strict-Transport-Security")).toMatch(/max-age=\d+/);
    expect(get(false, "Strict-Transport-Security")).toBeUndefined();
  });
});
