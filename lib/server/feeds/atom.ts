import "server-only";
import { z } from "zod";
import { param, parseSearchParams } from "@/lib/schemas/search-params";
import { badRequest, cacheableResponse, newest, notFound, rawParams } from "@/lib/server/api/respond";
import type { Db } from "@/lib/server/db/prisma";
import { env } from "@/lib/server/env";
import { type FeedEntry, type FeedScope, listFeedEntries } from "@/lib/server/queries/changes";
import { element } from "./xml";

/** `?agreement=`, `?ministry=`, `?dialogue=` or `?plan=`: at most one. */
export const FeedParamsSchema = z.object({
  agreement: param.slug(),
  ministry: param.slug(),
  dialogue: param.slug(),
  plan: param.slug(),
});

/**
 * The Atom feed of changes (new agreements, meetings, status updates), for the whole
 * tracker or one record. Entry ids are stable URNs, so a reader never sees an entry twice.
 */
export async function handleFeed(db: Db, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { values, errors } = parseSearchParams(FeedParamsSchema, rawParams(url));
  if (errors.length > 0) return badRequest(errors);
  const given = (Object.entries(values) as [keyof typeof values, string | undefined][]).filter(([, v]) => v);
  if (given.length > 1) {
    return badRequest(
      given.map(([field]) => ({ field, message: "give one of agreement, ministry, dialogue or plan, not several" })),
    );
  }
  const scope = (given[0] ? { [given[0][0]]: given[0][1] } : {}) as FeedScope;
  const entries = await listFeedEntries(db, scope);
  if (!entries) return notFound(`${given[0]?.[0]} "${given[0]?.[1]}"`);

  // Links are absolute only under SITE_URL: a cached feed never carries the request's
  // own Host (a client can set it), and Atom resolves relative links against the feed.
  const origin = env.SITE_URL ? new URL(env.SITE_URL).origin : "";
  const scopeLabel = given[0] ? ` — ${given[0][0]} ${given[0][1]}` : "";
  const updated = newest(entries.map((e) => e.updatedAt)) ?? new Date(0);
  const xml = atomDocument({
    id: `urn:korea-china-tracker:feed${given[0] ? `:${given[0][0]}:${given[0][1]}` : ""}`,
    title: `Korea–China Cooperation Tracker: changes${scopeLabel}`,
    self: `${origin}/feed.xml${url.search}`,
    home: `${origin}/`,
    updated,
    entries: entries.map((e) => ({ ...e, href: `${origin}${e.href}` })),
  });
  return cacheableResponse(request, xml, "application/atom+xml; charset=utf-8", updated);
}

type AtomFeed = { id: string; title: string; self: string; home: string; updated: Date; entries: FeedEntry[] };

/**
 * An Atom 1.0 document. Every text is `type="text"` and escaped (lib/server/feeds/xml.ts):
 * a title is never read as HTML by a feed reader, and no string can break the XML.
 */
export function atomDocument(feed: AtomFeed): string {
  const entries = feed.entries.map((e) => {
    const others = [e.title.ko, e.title.zh].filter(Boolean).join(" / ");
    const summary = [e.detail, others].filter(Boolean).join(" — ");
    return [
      "<entry>",
      element("title", e.title.en, { type: "text" }),
      element("id", `urn:korea-china-tracker:${e.id}`),
      element("link", null, { href: e.href }),
      element("updated", e.updatedAt.toISOString()),
      element("published", e.at.toISOString()),
      summary ? element("summary", summary, { type: "text" }) : "",
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    element("id", feed.id),
    element("title", feed.title, { type: "text" }),
    element("subtitle", "New agreements, dialogue meetings and implementation status updates", { type: "text" }),
    element("link", null, { rel: "self", href: feed.self }),
    element("link", null, { rel: "alternate", href: feed.home }),
    element("updated", feed.updated.toISOString()),
    element("rights", "Facts cite their sources; see /sources"),
    element("generator", "korea-china-tracker"),
    ...entries,
    "</feed>",
  ].join("\n");
}
