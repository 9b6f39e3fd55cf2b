import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { openApiDocument } from "@/lib/server/api/openapi";

/**
 * /open-data (and /api, which redirects here): the API reference, rendered on the
 * server from the generated OpenAPI document, so it cannot drift from the API.
 */

export const generateMetadata = sectionMetadata("openData.apiDocs", "/open-data");

type Schema = {
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
type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

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

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

function typeOf(s: Schema): string {
  if (s.$ref) return refName(s.$ref);
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.enum) return s.enum.map(String).join(" | ");
  if (s.type === "array" && s.items) return `${typeOf(s.items)}[]`;
  const base = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  const bounds = s.minimum !== undefined || s.maximum !== undefined ? ` (${s.minimum ?? ""}–${s.maximum ?? ""})` : "";
  return `${base}${bounds}`;
}

function TypeLink({ schema }: { schema: Schema }) {
  const text = typeOf(schema);
  const target = schema.$ref ?? schema.items?.$ref ?? schema.anyOf?.find((s) => s.$ref)?.$ref;
  return target ? <a href={`#schema-${refName(target)}`}>{text}</a> : <code>{text}</code>;
}

type T = Awaited<ReturnType<typeof getTranslations<"openData.apiDocs">>>;

export default async function OpenDataPage({ params }: PageProps<"/[locale]/open-data">) {
  const _locale = await pageLocale(params);
  const t = await getTranslations("openData.apiDocs");
  const doc = openApiDocument() as {
    info: { title: string; description: string; version: string };
    servers: { url: string }[];
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };
  const base = doc.servers[0]?.url ?? "";

  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} lead={t("lead")}>
        <p lang="en" className="text-sm">
          {doc.info.description}
        </p>
        <p>
          <a href="/api/v1/openapi.json" className="font-medium">
            {t("document")}
          </a>{" "}
          <span className="text-xs text-muted">v{doc.info.version}</span>
        </p>
      </PageHeader>

      <Section id="other" title={t("other")}>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            <a href="/calendar.ics">/calendar.ics</a>: {t("calendar")}
          </li>
          <li>
            <a href="/feed.xml">/feed.xml</a>: {t("feed")}
          </li>
          <li>/export/…: {t("exports")}</li>
          <li>
            {t("template")}:{" "}
            <a href="/import-templates/agreements.csv" download>
              agreements
            </a>
            ,{" "}
            <a href="/import-templates/items.csv" download>
              items
            </a>
            ,{" "}
            <a href="/import-templates/status-updates.csv" download>
              status-updates
            </a>
          </li>
        </ul>
      </Section>

      {Object.entries(doc.paths).flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, op]) => (
          <OperationDoc key={`${method} ${path}`} method={method} path={path} op={op} base={base} t={t} />
        )),
      )}

      <Section id="schemas" title={t("schemas")}>
        <div className="space-y-6" lang="en">
          {Object.entries(doc.components.schemas).map(([name, schema]) => (
            <div key={name} id={`schema-${name}`} className="space-y-1">
              <h3 className="font-mono text-sm font-semibold">{name}</h3>
              {schema.description ? <p className="text-xs text-muted">{schema.description}</p> : null}
              <ul className="space-y-0.5 text-sm">
                {Object.entries(schema.properties ?? {}).map(([prop, s]) => (
                  <li key={prop}>
                    <code>{prop}</code>
                    {schema.required?.includes(prop) ? "" : "?"}: <TypeLink schema={s} />
                    {s.description ? <span className="text-xs text-muted"> — {s.description}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>
    </div>
  );
}

/** One operation of the API: its method and path, what it does, its parameters and its responses. */
function OperationDoc({
  method,
  path,
  op,
  base,
  t,
}: {
  method: string;
  path: string;
  op: Operation;
  base: string;
  t: T;
}) {
  return (
    <section id={op.operationId} className="space-y-3 border-t border-line pt-6" lang="en">
      <h2 className="font-mono text-base font-semibold [overflow-wrap:anywhere]">
        <span
          className={`mr-2 rounded px-1.5 py-0.5 text-xs uppercase ${method === "get" ? "bg-slate-100" : "bg-amber-100 text-amber-900"}`}
        >
          {method}
        </span>
        {base}
        {path}
      </h2>
      <p>{op.summary}</p>
      {op.description ? <p className="text-sm text-muted">{op.description}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("parameters")}</caption>
          <thead>
            <tr className="text-xs text-muted">
              <th scope="col" className="py-1 pr-3">
                {t("parameters")}
              </th>
              <th scope="col" className="py-1 pr-3">
                in
              </th>
              <th scope="col" className="py-1">
                type
              </th>
            </tr>
          </thead>
          <tbody>
            {fieldsOf(op).map((p) => (
              <tr key={p.name} className="border-t border-line align-top">
                <td className="py-1 pr-3 font-mono">
                  {p.name}
                  {p.required ? " *" : ""}
                </td>
                <td className="py-1 pr-3 text-muted">{p.in}</td>
                <td className="py-1">
                  <TypeLink schema={p.schema} />
                  {p.description ? <span className="block text-xs text-muted">{p.description}</span> : null}
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
              <code>{status}</code> {schema ? <TypeLink schema={schema} /> : r.description}
            </span>
          );
        })}
      </p>
    </section>
  );
}
