import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every route.ts under `dir` (relative to the project), as paths from the project root, sorted. */
export async function routeFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(folder: string) {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name === "route.ts") found.push(path.relative(process.cwd(), full));
    }
  }
  await walk(path.resolve(dir));
  return found.sort();
}
