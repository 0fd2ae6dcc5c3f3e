// @ts-check
/**
 * Whether the database answers, for scripts/serve.mjs: while it does not, pages that need it get a
 * Swedish 503 page (with Retry-After) at once instead of Next's 500 after a connection timeout,
 * and the public pages already in the server's store keep being served. One `SELECT 1` on a new
 * connection every `intervalMs`; a 5xx from the app asks again at once.
 *
 * A refused or broken connection means down at once. A check that only runs out of time means down
 * the second time in a row: a server busy with many requests answers its own timers late, and once
 * (20 editors on 2 cores, a 1-s limit) that turned every page into the 503 page for a healthy database.
 */
import pg from "pg";

export class DatabaseProbe {
  #url;
  #intervalMs;
  /** @type {NodeJS.Timeout | undefined} */
  #timer;
  #timeoutMs;
  #checking = false;
  /** Checks in a row that ran out of time (none refused). */
  #timeouts = 0;
  up = true;

  /** @param {string} url @param {number} [intervalMs] @param {number} [timeoutMs] */
  constructor(url, intervalMs = 2_000, timeoutMs = 3_000) {
    this.#url = url;
    this.#intervalMs = intervalMs;
    this.#timeoutMs = timeoutMs;
  }

  start() {
    this.#timer = setInterval(() => void this.check(), this.#intervalMs);
    this.#timer.unref();
    return this.check();
  }

  stop() {
    clearInterval(this.#timer);
  }

  /** @returns {Promise<boolean>} */
  async check() {
    if (this.#checking) return this.up;
    this.#checking = true;
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: this.#timeoutMs, query_timeout: this.#timeoutMs });
    // A connection that fails after connecting reports here; the failure is what the probe measures.
    client.on("error", () => {});
    const started = performance.now();
    try {
      await client.connect();
      await client.query("SELECT 1");
      this.up = true;
      this.#timeouts = 0;
    } catch {
      const timedOut = performance.now() - started >= this.#timeoutMs;
      this.#timeouts = timedOut ? this.#timeouts + 1 : 0;
      if (!timedOut || this.#timeouts >= 2) this.up = false;
    } finally {
      this.#checking = false;
      client.end().catch(() => {});
    }
    return this.up;
  }
}

/** The page a browser gets while the database is away: Swedish first, English below, no scripts. */
export const unavailablePage = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tjänsten är tillfälligt otillgänglig – Länsplan</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}h1{font-size:1.75rem}</style>
</head><body><main>
<h1>Tjänsten är tillfälligt otillgänglig</h1>
<p>Länsplan når inte sin databas just nu. Inget av det du har sparat är borta. Vänta en stund och ladda sedan om sidan.</p>
<p lang="en">Länsplan cannot reach its database right now. Nothing you saved is lost. Please wait a moment and reload the page.</p>
</main></body></html>
`;
