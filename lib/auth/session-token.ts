import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/** Decoded session tokens kept (the oldest goes first): a few per signed-in person. */
const KEPT = 5_000;

const decoded = new Map<string, { secret: string; token: JWT; expiresAt: number }>();

/**
 * next-auth's decode of a session token, remembered per token: every signed-in request decoded the
 * same cookie twice (proxy and page), each time deriving the key from the secret again (HKDF) and
 * decrypting, a few per cent of the server's time. Decoding is a pure function of the token and the
 * secret, and the token's own expiry is checked on every use, so a remembered answer is the answer
 * next-auth would give. Tokens that do not decode are not remembered.
 */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, secret } = params;
  if (token === undefined || typeof secret !== "string" || params.salt !== undefined) return decode(params);
  const now = Date.now() / 1000;
  const kept = decoded.get(token);
  if (kept !== undefined && kept.secret === secret && kept.expiresAt > now) return { ...kept.token };
  const fresh = await decode(params);
  const expiresAt = fresh?.["exp"];
  if (fresh !== null && typeof expiresAt === "number") {
    if (decoded.size >= KEPT) decoded.delete(decoded.keys().next().value ?? "");
    decoded.set(token, { secret, token: fresh, expiresAt });
  }
  return fresh === null ? null : { ...fresh };
}
