import { cacheControl } from "@/lib/http/cache-control";
import { loadOpenDataSchema } from "@/lib/publications/loaders";

/** The JSON Schema of open data version 1: within v1 fields are only ever added. */
export function GET(): Response {
  return Response.json(loadOpenDataSchema(), {
    headers: { "Content-Type": "application/schema+json", "Cache-Control": cacheControl.shortPublic, "Access-Control-Allow-Origin": "*" },
  });
}
