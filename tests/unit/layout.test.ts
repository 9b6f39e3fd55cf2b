import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The layering of docs/decisions/0009 and the size limit of issue 15, checked on the
 * tree itself so that they cannot erode unnoticed.
 */
const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string, exts = /\.(ts|tsx)$/): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => exts.test(f))
    .map((f) => path.join(dir, f));
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("the layout (docs/decisions/0009)", () => {
  it("no route or component imports the Prisma client or the generated client", () => {
    const offenders = [...filesUnder("app"), ...filesUnder("components")].filter((f) =>
      /from\s+["'](@\/lib\/server\/db\/(client|prisma|postgres)|@\/lib\/generated\/prisma[^"']*)["']/.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });

  it("every TypeScript file of the server layer imports server-only", () => {
    const missing = filesUnder("lib/server").filter((f) => !/^import\s+["']server-only["'];?$/m.test(read(f)));
    expect(missing).toEqual([]);
  });

  it("server components take their words from lib/i18n/translations.ts, not from next-intl/server", () => {
    // next-intl's own getTranslations parses every message again on every request (issue 19).
    const files = ["app", "components", "lib"].flatMap((d) => filesUnder(d));
    const offenders = files.filter(
      (f) =>
        f !== path.join("lib", "i18n", "translations.ts") &&
        /import\s+\{[^}]*\bgetTranslations\b[^}]*\}\s+from\s+["']next-intl\/server["']/.test(
          read(f).replace(/import\s+type\s+\{[^}]*\}\s+from\s+["'][^"']+["'];?/g, ""),
        ),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });

  it("no function is longer than 120 lines (outside seed data and tests)", () => {
    const files = ["app", "components", "lib", "scripts", "prisma"]
      .flatMap((d) => filesUnder(d))
      .filter(
        (f) => !f.startsWith(path.join("prisma", "seed", "data")) && !f.includes(`${path.sep}generated${path.sep}`),
      );
    expect(files.length).toBeGreaterThan(100);
    const long: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && "body" in node && node.body) {
          const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > 120) long.push(`${file}:${start + 1} (${end - start + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});
