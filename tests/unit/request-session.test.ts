import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

// The request's cookies (next/headers needs a running Next request); everything else is real:
// next-auth's encode and decode, the secret, the cookie's name.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    has: (name: string) => jar.has(name),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
  }),
}));

const secret = "a-test-secret-of-enough-length-for-the-session-0123456789";
process.env.NEXTAUTH_SECRET = secret;
process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
process.env.DATABASE_URL ??= "postgresql://lansplan@127.0.0.1:5432/lansplan";
const { readRequestSession } = await import("@/lib/auth/request-session");

const cookieName = "next-auth.session-token";
const userId = "7f1c1c36-5a0e-4c8e-9d55-2f1c0b0e8a11";

describe("readRequestSession (the session cookie of a page request)", () => {
  beforeEach(() => jar.clear());
  afterEach(() => vi.useRealTimers());

  test("reads who, since when and last seen when from a token next-auth issued, and whether demo sign-in issued it", async () => {
    jar.set(cookieName, await encode({ token: { sub: userId, email: "a@example.se", signedInAt: 1_000, lastSeenAt: 2_000, viaDemo: true }, secret, maxAge: 3600 }));
    expect(await readRequestSession()).toEqual({ userId, signedInAt: 1_000, lastSeenAt: 2_000, viaDemo: true });
    jar.set(cookieName, await encode({ token: { sub: userId, signedInAt: 1_000, lastSeenAt: 2_000 }, secret, maxAge: 3600 }));
    expect(await readRequestSession()).toMatchObject({ userId, viaDemo: false });
  });

  test("no cookie, or an empty one, is no session", async () => {
    expect(await readRequestSession()).toBeNull();
    jar.set(cookieName, "");
    expect(await readRequestSession()).toBeNull();
  });

  test("a token made with another secret, a tampered one, or one that is not a token, is no session", async () => {
    jar.set(cookieName, await encode({ token: { sub: userId }, secret: `${secret}-forged`, maxAge: 3600 }));
    expect(await readRequestSession()).toBeNull();
    const genuine = await encode({ token: { sub: userId }, secret, maxAge: 3600 });
    const at = genuine.length - 10;
    jar.set(cookieName, `${genuine.slice(0, at)}${genuine[at] === "A" ? "B" : "A"}${genuine.slice(at + 1)}`);
    expect(await readRequestSession()).toBeNull();
    jar.set(cookieName, "not-a-token");
    expect(await readRequestSession()).toBeNull();
  });

  test("an expired token is no session, also after it was read while it was valid", async () => {
    jar.set(cookieName, await encode({ token: { sub: userId }, secret, maxAge: 60 }));
    expect(await readRequestSession()).toMatchObject({ userId });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 120_000);
    expect(await readRequestSession()).toBeNull();
  });
});
