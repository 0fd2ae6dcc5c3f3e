import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, test, vi } from "vitest";
import { decodeSessionToken } from "@/lib/auth/session-token";

const secret = "a-test-secret-of-enough-length-for-hkdf-0123456789";

describe("decodeSessionToken (next-auth's decode, remembered per token)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("gives next-auth's payload every time, as a copy a caller may change without changing the next answer", async () => {
    const token = await encode({ token: { sub: "user-1", email: "a@example.se", lastSeenAt: 1 }, secret, maxAge: 3600 });
    const first = await decodeSessionToken({ token, secret });
    expect(first).toMatchObject({ sub: "user-1", email: "a@example.se", lastSeenAt: 1 });
    if (first !== null) first["sub"] = "someone-else";
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ sub: "user-1" });
  });

  test("a remembered token is refused with another secret, and once it has expired", async () => {
    const token = await encode({ token: { sub: "user-2" }, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ sub: "user-2" });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 120_000);
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  test("a token that does not decode is refused every time", async () => {
    await expect(decodeSessionToken({ token: "not-a-token", secret })).rejects.toThrow();
    await expect(decodeSessionToken({ token: "not-a-token", secret })).rejects.toThrow();
  });
});
