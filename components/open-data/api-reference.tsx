import type { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { openApiDocument } from "@/lib/server/api/openapi";

/**
 * The API reference, rendered on the server from the generated OpenAPI document so it
 * cannot drift from the API: /open-data lists every endpoint and response shape, and each
 * resource has a page of its own (/open-data/agreements, …) with its endpoints' parameters
 * and responses and its shapes' fields; the shapes several resources share are on
 * /open-data/common. Styled from short classes (app/globals.css, .api-*).
 */

export type Schema = {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  items?: Schema;
  $ref?: string;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
};
type Parameter = { name: string; in: string; required?: boolean; schema: Schema; description?: string };
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};
type Document = {
  info: { title: string; description: string; version: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

export type ApiOperation = { method: string; path: string; op: Operation };
/** A resource (an OpenAPI tag) with its endpoints and the response shapes that are its own. */
export type ApiGroup = {
  slug: string;
  /** The OpenAPI tag ("StatusUpdates"), and its name for readers ("Status updates"). */
  tag: string;
  name: string;
  operations: ApiOperation[];
  schemas: [string, Schema][];
};

/** The page of the shapes several resources share. */
export const COMMON = "common";

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;
/** "StatusUpdates" → "status-updates". */
const kebab = (tag: string) => tag.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
/** "StatusUpdates" → "Status updates". */
const title = (tag: string) => tag.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
/** "Ministries" → "Ministry", "StatusUpdates" → "StatusUpdate". */
const singular = (tag: string) => (tag.endsWith("ies") ? `${tag.slice(0, -3)}y` : tag.replace(/s$/, ""));

/** Every schema a schema names, itself included. */
function reachable(name: string, schemas: Record<string, Schema>, seen = new Set<string>()): Set<string> {
  if (seen.has(name) || !schemas[name]) return seen;
  seen.add(name);
  const visit = (s: Schema | undefined) => {
    if (!s) return;
    if (s.$ref) reachable(refName(s.$ref), schemas, seen);
    visit(s.items);
    for (const a of s.anyOf ?? []) visit(a);
    for (const p of Object.values(s.properties ?? {})) visit(p);
  };
  visit(schemas[name]);
  return seen;
}

/** Every schema an operation answers with or takes. */
function schemasOf(op: Operation, schemas: Record<string, Schema>): Set<string> {
  const out = new Set<string>();
  const roots = [
    ...Object.values(op.responses).map((r) => r.content?.["application/json"]?.schema),
    op.requestBody?.content["application/json"]?.schema,
    ...op.parameters.map((p) => p.schema),
  ];
  const visit = (s: Schema | undefined) => {
    if (!s) return;
    if (s.$ref) for (const n of reachable(refName(s.$ref), schemas)) out.add(n);
    visit(s.items);
    for (const a of s.anyOf ?? []) visit(a);
    for (const p of Object.values(s.properties ?? {})) visit(p);
  };
  for (const s of roots) visit(s);
  return out;
}

/**
 * The API document, its resources in the document's order, and the page each shape is on:
 * a shape named for a resource (AgreementDetail) is on its page, one only a resource's
 * endpoints use on that one, and the rest on the common page.
 */
export function apiReference() {
  const doc = openApiDocument() as Document;
  const groups = new Map<string, ApiGroup>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const tag = op.tags?.[0] ?? "Other";
      const slug = kebab(tag);
      const group = groups.get(slug) ?? { slug, tag, name: title(tag), operations: [], schemas: [] };
      group.operations.push({ method, path, op });
      groups.set(slug, group);
    }
  }
  const all = doc.components.schemas;
  const usedBy = new Map<string, Set<string>>();
  for (const group of groups.values()) {
    for (const { op } of group.operations) {
      for (const name of schemasOf(op, all)) usedBy.set(name, (usedBy.get(name) ?? new Set()).add(group.slug));
    }
  }
  const common: ApiGroup = { slug: COMMON, tag: "", name: "Common", operations: [], schemas: [] };
  const home = new Map<string, string>();
  for (const [name, schema] of Object.entries(all)) {
    const named = [...groups.values()].find((g) => new RegExp(`^${singular(g.tag)}(?:[A-Z]|$)`).test(name));
    const users = [...(usedBy.get(name) ?? [])];
    const group = named ?? (users.length === 1 ? groups.get(users[0] as string) : undefined) ?? common;
    group.schemas.push([name, schema]);
    home.set(name, group.slug);
  }
  return {
    doc,
    base: doc.servers[0]?.url ?? "",
    groups: [...groups.values(), common],
    /** Where a shape is described, from a page of `from`. */
    schemaHref: (name: string, from: string | null) => {
      const page = home.get(name) ?? COMMON;
      return page === from ? `#schema-${name}` : `/open-data/${page}#schema-${name}`;
    },
  };
}

export type ApiReference = ReturnType<typeof apiReference>;
type T = Awaited<ReturnType<typeof getTranslations<"openData.apiDocs">>>;

/** The path's parameters, then the JSON body's fields (for the one write). */
function fieldsOf(op: Operation): Parameter[] {
  const body = op.requestBody?.content["application/json"]?.schema;
  const fromBody = Object.entries(body?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "body",
    required: body?.required?.includes(name),
    schema,
    description: schema.description,
  }));
  return [...op.parameters, ...fromBody];
}

function typeOf(s: Schema): string {
  if (s.$ref) return refName(s.$ref);
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.enum) return s.enum.map(String).join(" | ");
  if (s.type === "array" && s.items) return `${typeOf(s.items)}[]`;
  const base = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  const bounds = s.minimum !== undefined || s.maximum !== undefined ? ` (${s.minimum ?? ""}–${s.maximum ?? ""})` : "";
  return `${base}${bounds}`;
}

/** A type, linked to the shape it names (on this page or the one it is on). */
export function TypeLink({ schema, api, from }: { schema: Schema; api: ApiReference; from: string | null }) {
  const text = typeOf(schema);
  const target = schema.$ref ?? schema.items?.$ref ?? schema.anyOf?.find((s) => s.$ref)?.$ref;
  if (!target) return <code>{text}</code>;
  const href = api.schemaHref(refName(target), from);
  return href.startsWith("#") ? <a href={href}>{text}</a> : <Link href={href}>{text}</Link>;
}

/** An HTTP method as a small label. */
export function Method({ method }: { method: string }) {
  return <span className={method === "get" ? "api-m" : "api-m api-w"}>{method}</span>;
}

/** One operation of the API: its method and path, what it does, its parameters and its responses. */
export function OperationDoc({ item, api, from, t }: { item: ApiOperation; api: ApiReference; from: string; t: T }) {
  const { method, path, op } = item;
  return (
    <section id={op.operationId} aria-labelledby={`${op.operationId}-h`} className="api-op" lang="en">
      <h2 id={`${op.operationId}-h`}>
        <Method method={method} />
        {api.base}
        {path}
      </h2>
      <p>{op.summary}</p>
      {op.description ? <p className="api-d">{op.description}</p> : null}
      <div className="overflow-x-auto">
        <table className="api-t">
          <caption className="sr-only">{t("parameters")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("parameters")}</th>
              <th scope="col">in</th>
              <th scope="col">type</th>
            </tr>
          </thead>
          <tbody>
            {fieldsOf(op).map((p) => (
              <tr key={p.name}>
                <td>
                  {p.name}
                  {p.required ? " *" : ""}
                </td>
                <td>{p.in}</td>
                <td>
                  <TypeLink schema={p.schema} api={api} from={from} />
                  {p.description ? <small>{p.description}</small> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm">
        <span className="text-muted">{t("responses")}: </span>
        {Object.entries(op.responses).map(([status, r], i) => {
          const schema = r.content?.["application/json"]?.schema;
          return (
            <span key={status}>
              {i > 0 ? " · " : ""}
              <code>{status}</code> {schema ? <TypeLink schema={schema} api={api} from={from} /> : r.description}
            </span>
          );
        })}
      </p>
    </section>
  );
}

/** A response shape: its fields, each with its type and what it means. */
export function SchemaDoc({
  name,
  schema,
  api,
  from,
}: {
  name: string;
  schema: Schema;
  api: ApiReference;
  from: string;
}) {
  return (
    <div id={`schema-${name}`} className="api-s">
      <h3>{name}</h3>
      {schema.description ? <p className="api-d">{schema.description}</p> : null}
      <ul>
        {Object.entries(schema.properties ?? {}).map(([prop, s]) => (
          <li key={prop}>
            <code>{prop}</code>
            {schema.required?.includes(prop) ? "" : "?"}: <TypeLink schema={s} api={api} from={from} />
            {s.description ? <small> — {s.description}</small> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
