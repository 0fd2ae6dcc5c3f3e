import { loadMinutesFile } from "@/lib/endorsements/loaders";
import { idSchema } from "@/lib/strategies/schema";

/**
 * The minutes extract (protokollsutdrag) of one decision, byte for byte as uploaded. Who may fetch
 * it is decided in the loader; anyone else gets the same 404 as for a missing file.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ endorsementId: string }> }): Promise<Response> {
  const id = idSchema.safeParse((await params).endorsementId);
  const file = id.success ? await loadMinutesFile(id.data) : null;
  if (file === null) return new Response("Filen finns inte.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  const filename = file.filename.replace(/[^\p{L}\p{N}._ -]/gu, "_");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(file.size),
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "x-content-sha256": file.sha256,
      "x-content-type-options": "nosniff",
      "cache-control": file.isPublic ? "public, max-age=86400" : "private, no-store",
    },
  });
}
