"use client";

import { htmlLang } from "@/lib/i18n/routing";

/**
 * A <select> drawn from compact data: an option is [value, label, lang?], a group
 * [label, options]. A client component so that its options travel in the page's RSC
 * payload as these short arrays rather than as a tree of <option> elements (a filter
 * form's topics and ministries are a hundred options): the HTML is the same.
 */
export type Opt = readonly [value: string, label: string, lang?: string];
export type OptGroup = readonly [label: string, options: readonly Opt[]];

export function CompactSelect({
  id,
  name,
  value,
  anyLabel,
  options,
  className,
}: {
  id: string;
  name: string;
  value: string;
  anyLabel: string;
  options: readonly (Opt | OptGroup)[];
  className: string;
}) {
  const option = ([v, label, lang]: Opt) => (
    <option key={v} value={v} lang={htmlLang(lang)}>
      {label}
    </option>
  );
  return (
    <select id={id} name={name} defaultValue={value} className={className}>
      <option value="">{anyLabel}</option>
      {options.map((o) =>
        typeof o[1] === "string" ? (
          option(o as Opt)
        ) : (
          <optgroup key={o[0]} label={o[0]}>
            {(o as OptGroup)[1].map(option)}
          </optgroup>
        ),
      )}
    </select>
  );
}
