import { getLocale } from "next-intl/server";
import { CompactSelect, type Opt, type OptGroup } from "./compact-select";
import { inputClass, type Option } from "./form-controls";

/**
 * A plain <select> for GET forms; an empty value means "any". An option's `lang` is
 * kept only where it differs from the page's (components/ui/compact-select.tsx).
 */
export async function Select({
  id,
  name,
  value,
  anyLabel,
  options,
}: {
  id: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly (Option | { group: string; options: readonly Option[] })[];
}) {
  const page = await getLocale();
  const compact = (o: Option): Opt => (o.lang && o.lang !== page ? [o.value, o.label, o.lang] : [o.value, o.label]);
  return (
    <CompactSelect
      id={id}
      name={name}
      value={value ?? ""}
      anyLabel={anyLabel}
      className={inputClass}
      options={options.map((o): Opt | OptGroup => ("group" in o ? [o.group, o.options.map(compact)] : compact(o)))}
    />
  );
}
