/**
 * Reading what a database error is, without Prisma: shared by lib/db (refusals → AppError codes)
 * and the action wrapper (an unreachable database → UNAVAILABLE).
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The PostgreSQL SQLSTATE behind an error: a pg error carries it as `code`; Prisma wraps driver
 * errors (P2002, P2010, P2039 …) and keeps the original in meta.driverAdapterError.cause.originalCode.
 */
export function sqlStateOf(error: unknown): string | undefined {
  if (!isRecord(error)) return undefined;
  const meta = error["meta"];
  if (isRecord(meta)) {
    const adapterError = meta["driverAdapterError"];
    const cause = isRecord(adapterError) ? adapterError["cause"] : undefined;
    if (isRecord(cause) && typeof cause["originalCode"] === "string") return cause["originalCode"];
  }
  // Prisma's own unique-constraint code, when the client detects it without the adapter's cause.
  if (error["code"] === "P2002") return "23505";
  const code = error["code"];
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Connection-level failures: the server is down, restarting or unreachable (SQLSTATE class 08,
 * 57P01–57P03), a socket refused or cut, or Prisma's "can't reach the database" codes. Walks the
 * error's causes, since Prisma and the pg adapter wrap the driver's error.
 */
const unavailableCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "57P01", "57P02", "57P03", "P1001", "P1002", "P1017"]);
const unavailableMessages = /Connection terminated|connection timeout|Can't reach database server|server closed the connection|the database system is (starting up|shutting down)|DatabaseNotReachable|ECONNREFUSED/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && isRecord(current); depth += 1) {
    const state = sqlStateOf(current);
    if (state !== undefined && (state.startsWith("08") || unavailableCodes.has(state))) return true;
    const code = current["code"];
    if (typeof code === "string" && unavailableCodes.has(code)) return true;
    const kind = current["kind"];
    if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout") return true;
    const message = current["message"];
    if (typeof message === "string" && unavailableMessages.test(message)) return true;
    const meta = current["meta"];
    const adapterError = isRecord(meta) ? meta["driverAdapterError"] : undefined;
    current = isRecord(adapterError) ? adapterError : current["cause"];
  }
  return false;
}
