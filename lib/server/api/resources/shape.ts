import "server-only";
import { precisionOf } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ministryRefSelect } from "@/lib/server/db/fragments";

/** The pieces every resource's output is made of: timestamps, dates, the three languages, references. */

const iso = (d: Date) => d.toISOString();
export const stamps = (r: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

export function dated(value: string | null, inferred = false, reasoning: string | null = null) {
  if (!value) return null;
  return { value, precision: precisionOf(value) ?? "year", inferred, reasoning };
}

type Tri = { en: string | null; ko: string | null; zh: string | null };
export const names = (r: { nameEn: string; nameKo: string | null; nameZh: string | null }) => ({
  en: r.nameEn,
  ko: r.nameKo,
  zh: r.nameZh,
});
export const titles = (r: { titleEn: string; titleKo: string | null; titleZh: string | null }) => ({
  en: r.titleEn,
  ko: r.titleKo,
  zh: r.titleZh,
});
export const tri = (en: string | null, ko: string | null, zh: string | null): Tri => ({ en, ko, zh });

type MinistryRefRow = Prisma.MinistryGetPayload<{ select: typeof ministryRefSelect }>;
export const ministryRef = (m: MinistryRefRow) => ({
  id: m.id,
  slug: m.slug,
  side: m.side,
  name: names(m),
  abbreviation: m.abbreviation,
});

export const titledRef = (r: {
  id: string;
  slug: string;
  titleEn: string;
  titleKo: string | null;
  titleZh: string | null;
}) => ({
  id: r.id,
  slug: r.slug,
  title: titles(r),
});
export const namedRef = (r: {
  id: string;
  slug: string;
  nameEn: string;
  nameKo: string | null;
  nameZh: string | null;
}) => ({
  id: r.id,
  slug: r.slug,
  name: names(r),
});
export const maybe = <T, U>(v: T | null, f: (v: T) => U): U | null => (v === null ? null : f(v));
