// @ts-check
/**
 * Cache coherence between instances (several `npm start` processes on one PostgreSQL behind nginx).
 *
 * Each instance keeps its own page store (public-page-store.mjs) and Next's own page cache. When
 * public pages change (a publish, a follow-up review) the instance that made the change renews its
 * own caches and, right after the commit, sends `pg_notify(PUBLIC_PAGES_CHANNEL, …)` with the
 * paths (lib/http/public-page-store-bridge.ts). Every instance LISTENs on one dedicated connection
 * (PublicPageListener below); on a notification from another instance it empties its page store and
 * has Next revalidate the paths (scripts/serve.mjs, app/api/internal/revalidate/route.ts).
 *
 * Why LISTEN/NOTIFY rather than a shared cache: PostgreSQL is already there, a notification sent
 * at commit reaches every listener within milliseconds, and a single process needs nothing more
 * (its own notifications are ignored). A listener that lost its connection may have missed
 * notifications, so after every reconnect it renews everything once.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";

export const PUBLIC_PAGES_CHANNEL = "lansplan_public_pages";

/** Renews the whole public site (what a publish does). */
export const EVERYTHING = /** @type {const} */ ([{ path: "/", type: "layout" }]);

const instanceKey = Symbol.for("lansplan.instanceId");

/** This process's id: a notification carries it so that its sender can ignore its own. */
export function instanceId() {
  const existing = Reflect.get(globalThis, instanceKey);
  if (typeof existing === "string") return existing;
  const id = randomUUID();
  Reflect.set(globalThis, instanceKey, id);
  return id;
}

/**
 * @typedef {{ path: string; type?: "layout" | "page" }} PagePath
 * @typedef {{ origin: string; paths: PagePath[] }} PageChange
 */

/** @param {PagePath[]} paths @param {string} [origin] */
export function encodeChange(paths, origin = instanceId()) {
  return JSON.stringify({ origin, paths });
}

/** @param {unknown} value @returns {value is PagePath} */
function isPagePath(value) {
  if (typeof value !== "object" || value === null) return false;
  const path = Reflect.get(value, "path");
  const type = Reflect.get(value, "type");
  return typeof path === "string" && path.startsWith("/") && path.length <= 300 && (type === undefined || type === "layout" || type === "page");
}

/**
 * The change a notification names, or null for anything else.
 * @param {string | undefined} payload
 * @returns {PageChange | null}
 */
export function decodeChange(payload) {
  if (payload === undefined) return null;
  try {
    /** @type {unknown} */
    const parsed = JSON.parse(payload);
    if (typeof parsed !== "object" || parsed === null) return null;
    const origin = Reflect.get(parsed, "origin");
    const paths = Reflect.get(parsed, "paths");
    if (typeof origin !== "string" || !Array.isArray(paths) || paths.length > 50 || !paths.every(isPagePath)) return null;
    return { origin, paths: paths.map((p) => (p.type === undefined ? { path: p.path } : { path: p.path, type: p.type })) };
  } catch {
    return null;
  }
}

/**
 * LISTENs on one dedicated connection and calls `onChange` for every change another instance
 * announces. Reconnects with a growing pause (0.25 s doubling to 10 s); after a reconnect it
 * calls `onChange(EVERYTHING)` once, since notifications sent meanwhile are lost.
 */
export class PublicPageListener {
  #url;
  #onChange;
  #origin;
  /** @type {pg.Client | null} */
  #client = null;
  #stopped = false;
  #failures = 0;
  #connectedOnce = false;
  /** @type {ReturnType<typeof setTimeout> | null} */
  #timer = null;

  /**
   * @param {string} url
   * @param {(paths: PagePath[]) => void} onChange
   * @param {{ origin?: string }} [options]
   */
  constructor(url, onChange, options = {}) {
    this.#url = url;
    this.#onChange = onChange;
    this.#origin = options.origin ?? instanceId();
  }

  /** True while LISTEN is in place. */
  get listening() {
    return this.#client !== null;
  }

  /** Resolves once LISTEN is in place, or false after the first failed attempt (it keeps retrying). */
  async start() {
    return this.#connect();
  }

  async #connect() {
    if (this.#stopped) return false;
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: 5000, keepAlive: true });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.#client === client) this.#client = null;
      client.end().catch(() => undefined);
      this.#retry();
    };
    client.on("error", onLost);
    client.on("end", onLost);
    client.on("notification", (message) => {
      if (message.channel !== PUBLIC_PAGES_CHANNEL) return;
      const change = decodeChange(message.payload);
      if (change === null || change.origin === this.#origin) return;
      this.#onChange(change.paths);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_PAGES_CHANNEL}`);
    } catch (error) {
      console.error(`[kluster] kan inte lyssna på ändringar av publika sidor: ${error instanceof Error ? error.message : String(error)}`);
      onLost();
      return false;
    }
    if (this.#stopped || lost) {
      await client.end().catch(() => undefined);
      return false;
    }
    this.#client = client;
    this.#failures = 0;
    if (this.#connectedOnce) this.#onChange([...EVERYTHING]);
    this.#connectedOnce = true;
    return true;
  }

  #retry() {
    if (this.#stopped || this.#timer !== null) return;
    const delay = Math.min(10_000, 250 * 2 ** this.#failures);
    this.#failures += 1;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#connect();
    }, delay);
    this.#timer.unref();
  }

  /** Closes the connection; no more reconnects. */
  async stop() {
    this.#stopped = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const client = this.#client;
    this.#client = null;
    if (client !== null) {
      client.removeAllListeners("end");
      client.removeAllListeners("error");
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
