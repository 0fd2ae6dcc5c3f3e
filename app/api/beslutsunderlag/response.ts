import { getMessages } from "next-intl/server";
import type { loadEndorsementDecisionBasis } from "@/lib/decision-basis/loaders";
import { idSchema } from "@/lib/strategies/schema";

type Load = typeof loadEndorsementDecisionBasis;

/**
 * The beslutsunderlag PDF of one organisation's request (remiss or endorsement). Who may fetch it
 * is decided in the loader; anyone else gets the same 404 as for an id that does not exist.
 */
export async function decisionBasisResponse(rawId: string, load: Load): Promise<Response> {
  const id = idSchema.safeParse(rawId);
  // The document is Swedish whatever the interface language: it goes on a Swedish board's agenda.
  const messages = await getMessages({ locale: "sv" });
  const file = id.success ? await load(id.data, messages.openData.pdf, messages.decisionBasis.pdf) : null;
  if (file === null) return new Response("Filen finns inte.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  return new Response(file.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${file.filename.replace(/[^a-z0-9._-]/gi, "_")}"`,
      "x-lansplan-content-hash": file.contentHash,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
