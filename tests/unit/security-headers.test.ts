import { describe, expect, it } from "vitest";
import { isNoncePath, newNonce, nonceCsp, publicCsp, securityHeaders } from "@/lib/security-headers";

const get = (production: boolean, key: string) => securityHeaders(production).find((h) => h.key === key)?.value;
const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("security headers", () => {
  it("forbid framing, sniffing, plugins, <base>, eval and other origins", () => {
    const csp = get(false, "Content-Security-Policy") ?? "";
    expect(csp).toBe(publicCsp());
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

describe("the nonce policy of sign-in and staff pages", () => {
  it("allows only scripts with the nonce (and what they load), never inline or eval", () => {
    const nonce = newNonce();
    const csp = nonceCsp(nonce);
    const scripts = directive(csp, "script-src");
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(csp).toContain(d);
    }
  });

  it("mints a different 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => nonceCsp("abc")).toThrow(/nonce/);
    expect(() => nonceCsp("abcdefghijklmnop'; script-src *")).toThrow(/nonce/);
  });

  it.each([
    ["/login", true],
    ["/ko/login", true],
    ["/admin/audit", true],
    ["/zh/admin/import", true],
    ["/edit/Agreement/abc", true],
    ["/new/agreement", true],
    ["/ko/new", true],
    ["/", false],
    ["/agreements", false],
    ["/ko/agreements/login", false],
    ["/login-help", false],
    ["/editorial", false],
    ["/en/login", false],
  ])("%s gets the nonce policy: %s", (path, expected) => {
    expect(isNoncePath(path)).toBe(expected);
  });
});
