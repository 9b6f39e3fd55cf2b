"use client";

import { type CompactRef, NameText, type NameWords } from "@/components/ui/compact-name";
import { Link } from "@/lib/i18n/navigation";

/** A body heading a row or column: its slug, name and abbreviation (`b`, shown where there is one). */
export type MatrixBody = CompactRef & { b?: string };

/**
 * The counterpart matrix in short keys (issue 19: the RSC payload carries the counts,
 * not a <td> element per pair). Built by components/ministries/ministry-directory-data.ts.
 */
export type MatrixData = {
  /** The row bodies (Korean; Chinese in Chinese, 中韩), the most active only. */
  r: MatrixBody[];
  /** The column bodies. */
  c: MatrixBody[];
  /** n[row][column]: the agreements both signed. */
  n: number[][];
  /** Set when the rows are the Chinese bodies (the filter link names the Korean body first). */
  z?: 1;
};

export type MatrixWords = {
  caption: string;
  /** The corner heading's two sides: rows', columns'. */
  corner: readonly [string, string];
  /** A cell's accessible name by its count, with "{a}" and "{b}" for the row's and column's labels. */
  cell: Record<number, string>;
  /** The note under a trimmed matrix. */
  trimmed?: string;
  /** What stands instead of an empty matrix. */
  empty?: string;
};

const label = (b: MatrixBody) => b.b ?? b.n;

/**
 * Which Korean ministry has signed with which Chinese ministry: each cell is the
 * number of agreements both signed, linking to exactly those agreements. In
 * Chinese the Chinese ministries are the rows (中韩).
 */
export function CounterpartMatrix({
  matrix,
  words,
  names,
}: {
  matrix: MatrixData;
  words: MatrixWords;
  names: NameWords;
}) {
  if (matrix.r.length === 0) return <p className="text-sm text-muted">{words.empty}</p>;
  // Styled from one short class (app/globals.css, .mx): the table has a cell per pair of ministries.
  // An empty cell is left empty (a dot drawn by CSS): screen readers say "blank" and read
  // each cell with its row and column headers.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-white">
      <table className="mx" data-testid="counterpart-matrix">
        <caption className="sr-only">{words.caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              {words.corner[0]} ↓ · {words.corner[1]} →
            </th>
            {matrix.c.map((c) => (
              <th key={c.s} scope="col" title={c.n}>
                {label(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.r.map((r, i) => (
            <tr key={r.s}>
              <th scope="row" title={r.n}>
                {label(r)}
                <span>
                  <NameText name={r} words={names} />
                </span>
              </th>
              {matrix.c.map((c, j) => {
                const n = matrix.n[i]?.[j] ?? 0;
                const [kr, cn] = matrix.z ? [c.s, r.s] : [r.s, c.s];
                return (
                  <td key={c.s}>
                    {n > 0 ? (
                      <Link
                        href={`/agreements?${new URLSearchParams([
                          ["ministry", kr],
                          ["ministry", cn],
                        ])}`}
                        aria-label={cellLabel(words.cell[n] ?? "", label(r), label(c))}
                      >
                        {n}
                      </Link>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {words.trimmed ? (
        <p className="border-t border-line px-3 py-2 text-xs text-muted" data-testid="matrix-trimmed">
          {words.trimmed}
        </p>
      ) : null}
    </div>
  );
}

/** One pass, so that a label containing "{b}" is left as it is. */
function cellLabel(template: string, a: string, b: string): string {
  return template.replace(/\{[ab]\}/g, (m) => (m === "{a}" ? a : b));
}
