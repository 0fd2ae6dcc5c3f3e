import { versionRouteSchema } from "@/lib/action-items/schema";
import { loadWorkspaceActionsXlsx } from "@/lib/programmes/loaders";

type Context = { params: Promise<{ programmeId: string; number: string }> };

const notFound = () =>
  new Response("Filen finns inte.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });

/**
 * A draft's (or any version's) actions as the import template, for the county's coordinators only:
 * export, edit in Excel, import again ("Importera åtgärder"). Everyone else gets the same 404 as a
 * version that does not exist.
 */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const route = versionRouteSchema.safeParse(await context.params);
  if (!route.success) return notFound();
  const file = await loadWorkspaceActionsXlsx(route.data.programmeId, route.data.number);
  if (file === null) return notFound();
  return new Response(file.body, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${file.filename.replace(/[^a-z0-9._-]/gi, "_")}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
