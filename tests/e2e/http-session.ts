/**
 * Staff sessions over plain HTTP, for checks a browser hides: the login form posted
 * as a browser without JavaScript posts it, and the JSON write path with the session
 * cookie.
 */
import { type APIRequestContext, expect, request as newRequest, test } from "@playwright/test";
import { loginFormFields } from "../login-form";

/** A fresh request context: no cookies from another test. */
export async function client() {
  return newRequest.newContext({ baseURL: test.info().project.use.baseURL });
}

/** Every hidden input of the login form (the server action's id and state), then the credentials. */
export async function postLogin(
  api: APIRequestContext,
  email: string,
  password: string,
  extraHeaders: Record<string, string> = {},
) {
  const html = await (await api.get("/login")).text();
  const fields = loginFormFields(html);
  expect(Object.keys(fields).some((k) => k.startsWith("$ACTION"))).toBe(true);
  // Sent as a browser sends it: with this site's Origin (Next checks it on server actions).
  const origin = test.info().project.use.baseURL ?? "";
  return api.post("/login", {
    multipart: { ...fields, email, password },
    maxRedirects: 0,
    headers: { ...extraHeaders, origin },
  });
}

/** Signs in over HTTP; returns the session cookie ("name=value"). */
export async function signIn(api: APIRequestContext, email: string, password: string) {
  const res = await postLogin(api, email, password);
  expect(res.status(), `sign-in of ${email}`).toBe(303);
  const cookie = res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0] ?? "")
    .find((c) => c.startsWith("better-auth.session_token="));
  expect(cookie).toBeTruthy();
  return cookie ?? "";
}

/**
 * A status save through POST /api/v1/items/{slug}/status with the given cookie: the
 * item's current version, status and progress unless `change` says otherwise.
 */
export async function saveStatus(
  api: APIRequestContext,
  cookie: string,
  item: string,
  change: { status?: string; note?: string },
) {
  const baseURL = test.info().project.use.baseURL ?? "";
  const current = await (await api.get(`/api/v1/items/${item}/status`)).json();
  const status = change.status ?? current.data.status;
  return api.post(`/api/v1/items/${item}/status`, {
    headers: { cookie, origin: baseURL, "content-type": "application/json" },
    data: {
      expectedVersion: current.data.version,
      status,
      progress: status === current.data.status ? current.data.progress : null,
      assessedOn: current.data.statusAssessedOn ?? "2026-11",
      basis: "staff",
      ...(change.note ? { note: change.note } : {}),
    },
  });
}
