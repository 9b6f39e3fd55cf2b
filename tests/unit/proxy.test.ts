import { NextRequest, type NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";

// A GET never waits on a body, so the proxy answers it synchronously.
const run = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(new URL(path, "http://localhost:3000"), { headers })) as NextResponse;
const target = (res: Response) => {
  const rewrite = res.headers.get("x-middleware-rewrite");
  return rewrite ? new URL(rewrite).pathname + new URL(rewrite).search : null;
};

describe("proxy: cached pages and their per-request twins", () => {
  it("serves a list page without a query as the cached page", () => {
    expect(target(run("/agreements"))).toBe("/en/agreements");
    expect(run("/ko/agreements").headers.get("x-middleware-rewrite")).toBeNull();
  });

  it.each([
    ["/agreements?q=carbon", "/en/filtered/agreements?q=carbon"],
    ["/ko/agreements?sector=digital&side=CN", "/ko/filtered/agreements?sector=digital&side=CN"],
    ["/zh/timeline?kind=meeting", "/zh/filtered/timeline?kind=meeting"],
    ["/status?staleDays=30", "/en/filtered/status?staleDays=30"],
    ["/plans?page=2", "/en/filtered/plans?page=2"],
    ["/agreements?q=%ED%83%84%EC%86%8C", "/en/filtered/agreements?q=%ED%83%84%EC%86%8C"],
    ["/agreements?q=", "/en/filtered/agreements?q="],
    ["/sources?page=2", "/en/filtered/sources?page=2"],
    ["/ko/sources/003_03d1d20f8815058e?page=3", "/ko/filtered/sources/003_03d1d20f8815058e?page=3"],
  ])("sends %s to its twin", (path, expected) => {
    expect(target(run(path))).toBe(expected);
  });

  it("does not count Next's own _rsc parameter as a query", () => {
    expect(target(run("/agreements?_rsc=abc"))).toBe("/en/agreements?_rsc=abc");
  });

  it("leaves record pages and other pages with a query alone", () => {
    expect(target(run("/agreements/some-mou?x=1"))).toBe("/en/agreements/some-mou?x=1");
    expect(target(run("/sources/some-id/more?page=2"))).toBe("/en/sources/some-id/more?page=2");
    expect(target(run("/changes?since=2026-01-01"))).toBe("/en/changes?since=2026-01-01");
  });

  it("keeps next-intl's language redirect (and does not leak the twin's path)", () => {
    const res = run("/agreements?q=x", { "accept-language": "ko" });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toMatch(/\/ko\/agreements\?q=x$/);
  });
});

describe("proxy: the nonce policy", () => {
  it("gives sign-in and staff pages a fresh nonce, in the response and in the request Next.js renders", () => {
    const a = run("/login");
    const b = run("/ko/admin/audit");
    const csp = a.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-inline'; style");
    expect(csp).not.toBe(b.headers.get("content-security-policy"));
    // NextResponse passes request headers on as x-middleware-request-*.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("leaves public pages to the static policy from next.config.ts", () => {
    expect(run("/").headers.get("content-security-policy")).toBeNull();
    expect(run("/agreements?q=x").headers.get("content-security-policy")).toBeNull();
  });
});

describe("proxy: what no route should see (issue 17)", () => {
  it.each(["/%61dmin", "/%6Cogin", "/ko/%65dit/Agreement/x", "/zh/%6Eew/Agreement", "/ko//admin", "/ADMIN"])(
    "decides the policy on the decoded path: %s gets the nonce policy",
    (path) => {
      expect(run(path).headers.get("content-security-policy") ?? "").toMatch(/'nonce-/);
    },
  );

  it.each([
    "/agreements/%FF",
    "/api/v1/agreements/%ED%A0%80",
    "/api/v1/sources/%C0%AF",
    "/edit/Agreement/%FF",
    "/export/%E0%A4%A.csv",
  ])("answers 400 with the security headers for a path that is not UTF-8: %s", async (path) => {
    const res = run(path);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toMatch(/not valid UTF-8/);
  });

  it("refuses a server action from another origin, another scheme or none (403), and lets its own through", async () => {
    const post = (origin: string | null) =>
      proxy(
        new NextRequest(new URL("/login", "http://localhost:3000"), {
          method: "POST",
          headers: {
            "next-action": "abc123",
            "content-type": "text/plain;charset=UTF-8",
            ...(origin ? { origin } : {}),
          },
          body: "[]",
        }),
      );
    expect((await post("http://evil.example")).status).toBe(403);
    expect((await post("https://localhost:3000")).status).toBe(403);
    expect((await post("http://localhost:3999")).status).toBe(403);
    expect((await post(null)).status).toBe(403);
    const own = await post("http://localhost:3000");
    expect(own.status).not.toBe(403);
    expect(own.status).toBeLessThan(400);
  });

  it("answers 400 with the security headers for a form or server-action body Next.js cannot decode", async () => {
    const post = (headers: Record<string, string>, body: string) =>
      proxy(
        new NextRequest(new URL("/login", "http://localhost:3000"), {
          method: "POST",
          headers: { origin: "http://localhost:3000", ...headers },
          body,
        }),
      );
    const multipart = { "content-type": "multipart/form-data; boundary=xyz" };
    for (const res of [
      await post(multipart, "garbage"),
      await post({ ...multipart, "next-action": "abc123" }, "--xyz\r\nno end"),
      await post({ "content-type": "text/plain;charset=UTF-8", "next-action": "abc123" }, "{{{garbage"),
    ]) {
      expect(res.status).toBe(400);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await res.text()).toMatch(/form could not be read/);
    }
    const form = '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xyz--\r\n';
    expect((await post(multipart, form)).status).not.toBe(400);
    expect(
      (await post({ "content-type": "text/plain;charset=UTF-8", "next-action": "abc123" }, '["$K1"]')).status,
    ).not.toBe(400);
    // A plain form post without an action is the page's business, not the proxy's.
    expect((await post({ "content-type": "application/x-www-form-urlencoded" }, "%%%")).status).not.toBe(400);
  });

  it("never builds a Link header from the request's host", () => {
    const res = run("/agreements", { "x-forwarded-host": "evil.example", host: "evil.example" });
    expect(res.headers.get("link") ?? "").not.toContain("evil.example");
  });

  it("leaves route handlers to themselves once the checks pass", () => {
    const res = run("/api/v1/agreements");
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(res.headers.get("x-middleware-rewrite")).toBeNull();
  });
});
