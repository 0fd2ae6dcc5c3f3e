import { createHash } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { hashedContentSecurityPolicy, staticContentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * The public site's "not found" pages (a version not published yet, a mistyped address) are the one
 * place where the public site needs JavaScript: Next renders a notFound() of the public segments in
 * the browser from the RSC payload (the HTML body is an empty placeholder). Under the public policy
 * (`script-src 'none'`) they would be blank. Error responses are never cached (cache-control.ts), so
 * their policy can be made for each one: the SHA-256 of every inline script in the page.
 *
 * How: for an HTML error response under the static policy, the status line and headers are held
 * back and the body collected (it is small); at the end the body is read (decompressed when Next
 * compressed it), the hashes go into the policy, and headers and body are sent. Every other
 * response passes straight through and pays one comparison.
 */

/** The base64 SHA-256 of each inline (no src) script's text, as CSP hash sources take it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? "";
    if (body.length > 0) hashes.add(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return [...hashes];
}

function decodeBody(body: Buffer, encoding: string): string {
  switch (encoding.trim().toLowerCase()) {
    case "gzip":
      return gunzipSync(body).toString("utf8");
    case "br":
      return brotliDecompressSync(body).toString("utf8");
    case "deflate":
      return inflateSync(body).toString("utf8");
    default:
      return body.toString("utf8");
  }
}

type Held = { head: unknown[] | null; chunks: Buffer[] };

export type PatchableStreamResponse = {
  statusCode: number;
  writeHead: (...args: never[]) => unknown;
  write: (...args: never[]) => unknown;
  end: (...args: never[]) => unknown;
  getHeader(name: string): number | string | string[] | undefined;
  setHeader(name: string, value: string): unknown;
};

/**
 * Error pages under the static policy, and under the proxy's nonce policy (the app-wide "not found"
 * page is static HTML without nonces, served on paths the proxy sees).
 */
function isHeldKind(response: PatchableStreamResponse, statusCode: number): boolean {
  if (statusCode < 400 || !String(response.getHeader("content-type") ?? "").startsWith("text/html")) return false;
  const policy = String(response.getHeader("content-security-policy") ?? "");
  return policy === staticContentSecurityPolicy || policy.includes("'strict-dynamic'");
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" && Buffer.isEncoding(encoding) ? encoding : "utf8");
  return null;
}

/** Installed once per server process (instrumentation-node.ts), like the error cache guard. */
export function installErrorPageScriptHashes(prototype: PatchableStreamResponse): void {
  const marker = Symbol.for("lansplan.errorPageScriptHashes");
  if (Reflect.get(prototype, marker) === true) return;
  Reflect.set(prototype, marker, true);
  const held = new WeakMap<object, Held>();
  const { writeHead, write, end } = prototype;

  const holding = (response: PatchableStreamResponse): Held | undefined => {
    const current = held.get(response);
    if (current !== undefined) return current;
    if (!isHeldKind(response, response.statusCode)) return undefined;
    const started: Held = { head: null, chunks: [] };
    held.set(response, started);
    return started;
  };

  prototype.writeHead = function heldWriteHead(this: PatchableStreamResponse, ...args: never[]): unknown {
    const statusCode: unknown = args[0];
    if (typeof statusCode === "number" && isHeldKind(this, statusCode)) {
      held.set(this, { head: args, chunks: held.get(this)?.chunks ?? [] });
      return this;
    }
    return Reflect.apply(writeHead, this, args);
  };

  prototype.write = function heldWrite(this: PatchableStreamResponse, ...args: never[]): unknown {
    const state = holding(this);
    if (state === undefined) return Reflect.apply(write, this, args);
    const chunk = toBuffer(args[0], args[1]);
    if (chunk !== null) state.chunks.push(chunk);
    const callback: unknown = args.find((arg: unknown) => typeof arg === "function");
    if (typeof callback === "function") process.nextTick(() => Reflect.apply(callback, undefined, []));
    return true;
  };

  prototype.end = function heldEnd(this: PatchableStreamResponse, ...args: never[]): unknown {
    const state = holding(this);
    if (state === undefined) return Reflect.apply(end, this, args);
    held.delete(this);
    const chunk = typeof args[0] === "function" ? null : toBuffer(args[0], args[1]);
    if (chunk !== null) state.chunks.push(chunk);
    const body = Buffer.concat(state.chunks);
    const html = decodeBody(body, String(this.getHeader("content-encoding") ?? ""));
    // A page rendered with the request's nonce keeps its nonce policy; any other gets its hashes.
    if (!/<script[^>]*\snonce=/i.test(html)) this.setHeader("Content-Security-Policy", hashedContentSecurityPolicy(inlineScriptHashes(html)));
    if (state.head !== null) Reflect.apply(writeHead, this, state.head);
    const callback: unknown = args.find((arg: unknown) => typeof arg === "function");
    return Reflect.apply(end, this, typeof callback === "function" ? [body, callback] : [body]);
  };
}
