/**
 * An implementation status as icon + word, coloured; never colour alone. One element
 * with one short class: its colours and icon come from app/globals.css by its
 * data-status (the icon is decoration there; the word says the status). A plain
 * component: StatusBadge (server) and rows drawn in the browser share it.
 */
export function StatusMark({ status, label }: { status: string; label: string }) {
  return (
    <span className="badge sb" data-status={status}>
      {label}
    </span>
  );
}
