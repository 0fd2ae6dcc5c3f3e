// @ts-check
/**
 * Which forwarding headers a request may carry into the app (scripts/serve.mjs applies this to
 * every request before Next sees it). Security-critical: without TRUST_PROXY the app is reached
 * directly, so X-Forwarded-For, -Host, -Proto, -Port and X-Real-IP are whatever the client wrote:
 * they are dropped and the socket's address becomes the client address. Then the per-address
 * sign-in limit counts real addresses and a server action's Origin is compared with the Host the
 * client connected to, not a host it claims.
 *
 * TRUST_PROXY:
 *   unset, "", "0", "false"  trust nothing (the app alone);
 *   a number N ≥ 1           N reverse proxies in front (nginx alone: 1); the client address is
 *                            the N-th X-Forwarded-For entry from the right;
 *   addresses "a,b"          the proxies' own addresses: headers are trusted only from a socket
 *                            at one of them, and the client is the right-most entry not in the list.
 */

/** @typedef {{ kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; addresses: ReadonlySet<string> }} TrustSetting */

const forwardingHeaders = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/** @param {string} address */
function plain(address) {
  // "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1.
  return address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}

/**
 * @param {string | undefined} value
 * @returns {TrustSetting}
 */
export function parseTrustProxy(value) {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text === "false" || text === "no") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const addresses = text.split(",").map(plain).filter(Boolean);
  if (addresses.some((a) => !/^[0-9a-f.:]+$/i.test(a))) {
    throw new Error("TRUST_PROXY måste vara ett antal proxyservrar (t.ex. 1) eller deras IP-adresser åtskilda med komma.");
  }
  return { kind: "addresses", addresses: new Set(addresses) };
}

/**
 * Rewrites `headers` in place: the forwarding headers stay only when the setting trusts them, and
 * X-Forwarded-For is left holding the one client address the app should count.
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string | undefined} socketAddress
 * @param {TrustSetting} trust
 */
export function applyTrustedProxy(headers, socketAddress, trust) {
  const socket = plain(socketAddress ?? "unknown");
  const rawFor = headers["x-forwarded-for"];
  const chain = (Array.isArray(rawFor) ? rawFor.join(",") : (rawFor ?? "")).split(",").map(plain).filter(Boolean);
  let client = socket;
  let trusted = false;
  if (trust.kind === "hops") {
    trusted = true;
    // The socket is the nearest proxy; each further hop is one entry from the right.
    const hop = chain.length - (trust.hops - 1);
    client = hop >= 1 ? (chain[hop - 1] ?? socket) : (chain[0] ?? socket);
  } else if (trust.kind === "addresses" && trust.addresses.has(socket)) {
    trusted = true;
    client = [...chain].reverse().find((entry) => !trust.addresses.has(entry)) ?? chain[0] ?? socket;
  }
  if (!trusted) for (const name of forwardingHeaders) delete headers[name];
  headers["x-forwarded-for"] = client;
  return client;
}
