import "server-only";
import { Feed } from "feed";
import { z } from "zod";
import { param, parseSearchParams } from "@/lib/schemas/search-params";
import { badRequest, cacheableResponse, newest, notFound, rawParams } from "@/lib/server/api/respond";
import type { Db } from "@/lib/server/db/prisma";
import { type FeedScope, listFeedEntries } from "@/lib/server/queries/changes";

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

  const origin = url.origin;
  const self = `${origin}/feed.xml${url.search}`;
  const scopeLabel = given[0] ? ` — ${given[0][0]} ${given[0][1]}` : "";
  const updated = newest(entries.map((e) => e.updatedAt)) ?? new Date(0);
  const feed = new Feed({
    id: `urn:korea-china-tracker:feed${given[0] ? `:${given[0][0]}:${given[0][1]}` : ""}`,
    title: `Korea–China Cooperation Tracker: changes${scopeLabel}`,
    description: "New agreements, dialogue meetings and implementation status updates",
    link: origin,
    language: "en",
    updated,
    copyright: "Facts cite their sources; see /sources",
    generator: "korea-china-tracker",
    feedLinks: { atom: self },
  });
  for (const e of entries) {
    const others = [e.title.ko, e.title.zh].filter(Boolean).join(" / ");
    feed.addItem({
      id: `urn:korea-china-tracker:${e.id}`,
      title: e.title.en,
      link: `${origin}${e.href}`,
      date: e.updatedAt,
      published: e.at,
      description: [e.detail, others].filter(Boolean).join(" — "),
    });
  }
  return cacheableResponse(request, feed.atom1(), "application/atom+xml; charset=utf-8", updated);
}
