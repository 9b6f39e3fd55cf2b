import Module, { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * lib/server/** imports "server-only", which throws outside React's server build. The
 * end-to-end tests write through the services as a script would, so in the test
 * runner's processes (not the server under test) it resolves to its empty module, as
 * Vitest's alias and tsx's --conditions=react-server do elsewhere.
 */
const EMPTY = path.resolve("node_modules/server-only/empty.js");

register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { return s === "server-only" ? { url: ${JSON.stringify(pathToFileURL(EMPTY).href)}, shortCircuit: true } : next(s, c); }`,
  )}`,
);

type Resolver = { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const cjs = Module as unknown as Resolver;
const resolveFilename = cjs._resolveFilename;
cjs._resolveFilename = (request, ...rest) => (request === "server-only" ? EMPTY : resolveFilename(request, ...rest));
