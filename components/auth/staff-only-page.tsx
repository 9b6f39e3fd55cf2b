/**
 * What a staff page shows to a reader without the role it needs: its title and why
 * not (the page checked the role on the server; nothing else is rendered).
 */
export function RefusedPage({ title, message, needs }: { title: string; message: string; needs: "editor" | "admin" }) {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p role="alert" data-testid={needs === "admin" ? "admins-only" : "editors-only"}>
        {message}
      </p>
    </div>
  );
}
