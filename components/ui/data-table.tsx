import type { ReactNode } from "react";

/**
 * The staff pages' tables: bordered, scrolling sideways on a phone rather than the
 * page (relative, so visually hidden text in its far columns cannot widen the page),
 * a caption for screen readers and a header row; `children` are the body rows.
 */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-paper text-xs text-muted">
          <tr>
            {columns.map((column, index) => (
              // The header row never changes order.
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <th key={index} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  );
}
