// @ts-check
/**
 * Whether the database answers, for scripts/serve.mjs: while it does not, pages that need it get a
 * Swedish 503 page (with Retry-After) at once instead of Next's 500 after a connection timeout,
 * and the public pages already in the server's store keep being served. One `SELECT 1` on a new
 * connection every `intervalMs` (1 s timeout); a 5xx from the app asks again at once.
 */
import pg from "pg";

export class DatabaseProbe {
  #url;
  #intervalMs;
  /** @type {NodeJS.Timeout | undefined} */
  #timer;
  #checking = false;
  up = true;

  /** @param {string} url @param {number} [intervalMs] */
  constructor(url, intervalMs = 2_000) {
    this.#url = url;
    this.#intervalMs = intervalMs;
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
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: 1_000, query_timeout: 1_000 });
    // A connection that fails after connecting reports here; the failure is what the probe measures.
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      this.up = true;
    } catch {
      this.up = false;
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
