/** Liveness for a load balancer or systemd: the process answers. Touches nothing else. */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
