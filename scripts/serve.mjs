// @ts-check
/**
 * The production HTTP server: Next.js (as `next start` would run it) with the public site's pages
 * kept in memory in front of it (lib/http/public-page-store.mjs says what is kept and why).
 * Started by `npm start` (scripts/start.ts), the e2e tests and the benchmarks with the environment
 * they set, and the options of `next start`: -p/--port (default 3000), -H/--hostname (default every
 * interface). Plain JavaScript: it runs on the built app without a TypeScript step.
 */
import { randomBytes } from "node:crypto";
import { createServer, request as httpRequest } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import { PublicPageStore, isStorableRequest } from "../lib/http/public-page-store.mjs";
import { DatabaseProbe, unavailablePage } from "../lib/http/database-probe.mjs";
import { applyTrustedProxy, parseTrustProxy } from "../lib/http/trusted-proxy.mjs";
import { PublicPageListener } from "../lib/http/cluster-events.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// As `next start` does: this server only ever runs the production build.
process.env.NODE_ENV ??= "production";
const { values } = parseArgs({ options: { port: { type: "string", short: "p", default: "3000" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port);
const hostname = values.hostname;

let trustProxy;
try {
  trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const store = new PublicPageStore();
// lib/http/public-page-store-bridge.ts finds it here to empty it on a publish or an approval.
Reflect.set(globalThis, Symbol.for("lansplan.publicPageStore"), store);

const probe = process.env.DATABASE_URL ? new DatabaseProbe(process.env.DATABASE_URL) : null;

// Other instances on the same database announce changed public pages (lib/http/cluster-events.mjs):
// this one empties its store and has Next revalidate the paths through its own internal route,
// which only a request carrying this process's secret reaches (app/api/internal/revalidate).
const revalidateSecret = randomBytes(32).toString("base64url");
Reflect.set(globalThis, Symbol.for("lansplan.revalidateSecret"), revalidateSecret);
const loopbackHost = hostname === undefined || hostname === "0.0.0.0" ? "127.0.0.1" : hostname === "::" ? "::1" : hostname;

/** @param {import("../lib/http/cluster-events.mjs").PagePath[]} paths */
function renewFromAnotherInstance(paths) {
  store.purge();
  const body = JSON.stringify({ paths });
  const req = httpRequest(
    { host: loopbackHost, port, method: "POST", path: "/api/internal/revalidate", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-lansplan-revalidate": revalidateSecret } },
    (res) => {
      res.resume();
      if (res.statusCode !== 204) console.error(`[kluster] förnyelsen av publika sidor svarade ${res.statusCode}`);
    },
  );
  req.on("error", (error) => console.error(`[kluster] förnyelsen av publika sidor misslyckades: ${error.message}`));
  req.end(body);
}
const listener = process.env.DATABASE_URL ? new PublicPageListener(process.env.DATABASE_URL, renewFromAnotherInstance) : null;

const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
await probe?.start();
await listener?.start();

/**
 * Lets Next answer and keeps a copy of what it sent when the store may keep it. The request asks
 * Next for unencoded bytes (the store gzips its own copy once).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
function answerAndKeep(req, res) {
  const generation = store.generation;
  delete req.headers["accept-encoding"];
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {Record<string, number | string | string[] | undefined>} */
  const passedHeaders = {};
  const { write, end, writeHead } = res;
  /** @param {unknown} chunk @param {unknown} encoding */
  const collect = (chunk, encoding) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = /** @type {typeof res.write} */ ((/** @type {unknown[]} */ ...args) => {
    collect(args[0], args[1]);
    return Reflect.apply(write, res, args);
  });
  res.end = /** @type {typeof res.end} */ ((/** @type {unknown[]} */ ...args) => {
    if (typeof args[0] !== "function") collect(args[0], args[1]);
    return Reflect.apply(end, res, args);
  });
  res.writeHead = /** @type {typeof res.writeHead} */ ((/** @type {unknown[]} */ ...args) => {
    const headers = args.slice(1).find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) passedHeaders[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
    } else if (typeof headers === "object" && headers !== null) {
      for (const [name, value] of Object.entries(headers)) passedHeaders[name.toLowerCase()] = typeof value === "number" || Array.isArray(value) ? value : String(value);
    }
    return Reflect.apply(writeHead, res, args);
  });
  res.once("finish", () => {
    store.keep(req, { status: res.statusCode, headers: { ...res.getHeaders(), ...passedHeaders }, body: Buffer.concat(chunks) }, generation);
  });
  return handle(req, res);
}

let draining = false;

const server = createServer((req, res) => {
  // While shutting down, every response closes its connection: the proxy opens a new one, to
  // another instance.
  if (draining) res.setHeader("connection", "close");
  // Before anything reads them: forwarding headers only from a proxy TRUST_PROXY names.
  applyTrustedProxy(req.headers, req.socket.remoteAddress, trustProxy);
  const kept = store.lookup(req);
  if (kept !== null) {
    res.writeHead(kept.status, [...kept.headers.flat(), "x-page-store", "HIT"]);
    res.end(kept.body ?? undefined);
    return;
  }
  // Health checks and server actions answer for themselves (/api/ready says 503, an action says
  // UNAVAILABLE with the form's text kept); a page that needs the database gets the 503 page.
  if (probe !== null && !probe.up && req.method === "GET" && !(req.url ?? "").startsWith("/api/") && !(req.url ?? "").startsWith("/_next/")) {
    res.writeHead(503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "5", "x-content-type-options": "nosniff" });
    res.end(unavailablePage);
    void probe.check();
    return;
  }
  if (probe !== null) res.once("finish", () => void (res.statusCode >= 500 && probe.check()));
  const answered = req.method === "GET" && isStorableRequest(req) ? answerAndKeep(req, res) : handle(req, res);
  answered.catch((/** @type {unknown} */ error) => {
    console.error("[server] obehandlat fel", error);
    // Half a response is never completed with something else (nor kept: the store needs 'finish').
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
    res.end("Något gick fel på servern. Försök igen om en stund.");
  });
});

server.listen(port, hostname, () => {
  console.log(`▲ Länsplan lyssnar på http://${hostname ?? "localhost"}:${port}`);
});

const DRAIN_MS = 10_000;

/**
 * Graceful shutdown (SIGTERM from systemd on a restart or a deploy, or Ctrl-C): stop taking new
 * connections (the proxy's connect fails and it passes the request to another instance), finish the
 * requests under way for at most 10 s, close the database connections, exit 0.
 */
function stop() {
  if (draining) return;
  draining = true;
  console.log("▲ Länsplan stänger: tar inte emot nya anslutningar, avslutar pågående förfrågningar");
  const finish = async () => {
    clearInterval(idleSweep);
    probe?.stop();
    await listener?.stop();
    process.exit(0);
  };
  server.close(() => void finish());
  server.closeIdleConnections();
  // A keep-alive connection that finishes its request goes idle: close it then.
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  setTimeout(() => {
    server.closeAllConnections();
    void finish();
  }, DRAIN_MS).unref();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
