import { getLocale } from "next-intl/server";
import { Badge, sideTone } from "@/components/ui/badge";
import { FallbackMark } from "@/components/ui/localized-name";
import { localized, sideOrder } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";

type Body = { slug: string; side: string; nameEn: string; nameKo: string | null; nameZh: string | null };

/** Signatories grouped by side, in the reader's order (Korea–China, or 中韩 in Chinese). */
export async function SignatoryList({ bodies, link = false }: { bodies: readonly Body[]; link?: boolean }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  if (bodies.length === 0) return <span className="text-muted">{t("home.noSignatories")}</span>;
  const order: readonly string[] = sideOrder(locale);
  const rank = (side: string) => (order.includes(side) ? order.indexOf(side) : order.length);
  const sorted = [...bodies].sort((a, b) => rank(a.side) - rank(b.side));
  return (
    <ul className="sig">
      {sorted.map((body) => {
        const name = localized(body, "name", locale);
        return (
          <li key={body.slug}>
            <Badge tone={sideTone(body.side)}>{t(`side.${body.side}` as "side.KR")}</Badge>
            {link ? (
              <Link href={`/ministries/${body.slug}`} lang={htmlLang(name.lang)}>
                {name.text}
                <FallbackMark value={name} />
              </Link>
            ) : (
              <span lang={htmlLang(name.lang)}>
                {name.text}
                <FallbackMark value={name} />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
