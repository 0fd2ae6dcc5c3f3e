import { loadReadiness } from "@/lib/health/loaders";

/**
 * Readiness for a load balancer: 200 when the database answers and its migrations are current,
 * else 503 with the reason in Swedish and a machine code, so traffic goes to another instance.
 */
export const dynamic = "force-dynamic";

const messages = {
  DATABASE_UNAVAILABLE: "Tjänsten når inte sin databas just nu.",
  MIGRATIONS_PENDING: "Databasen saknar migreringar som den här versionen behöver: kör npm run db:migrate.",
  MIGRATIONS_UNKNOWN: "Migreringarna saknas i installationen, så det går inte att avgöra om databasen är aktuell.",
} as const;

export async function GET(): Promise<Response> {
  const readiness = await loadReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready", migrations: readiness.migrations }, { headers });
  return Response.json(
    { status: "unavailable", reason: readiness.reason, message: messages[readiness.reason], ...(readiness.pending ? { pending: readiness.pending } : {}) },
    { status: 503, headers: { ...headers, "Retry-After": "5" } },
  );
}
