import { describe, expect, it } from "vitest";
import { consumeSignInAttempt, signInRateLimits } from "@/lib/auth/rate-limit";
import { getAuthOptions } from "@/lib/auth/config";
import { getCurrentActor } from "@/lib/auth/session";
import { createUser } from "../factories/index.ts";
import { testDb } from "./db.ts";
import { signInAs } from "./session.ts";

const now = new Date("2026-11-23T10:00:00Z");

describe("sign-in rate limits", () => {
  it("refuses the sixth e-mail link for one account within the window and says when to try again", async () => {
    const limit = signInRateLimits.email.perAccount;
    for (let i = 0; i < limit; i += 1) {
      // A different address each time: only the per-account limit can refuse.
      const decision = await consumeSignInAttempt({ method: "email", email: "anna@kommun.example", address: `10.0.0.${i}`, now });
      expect(decision).toEqual({ allowed: true });
    }
    const refused = await consumeSignInAttempt({ method: "email", email: "Anna@Kommun.example ", address: "10.0.0.99", now });
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // Another account is unaffected.
    expect(await consumeSignInAttempt({ method: "email", email: "bo@kommun.example", address: "10.0.0.98", now })).toEqual({ allowed: true });
  });

  it("refuses attempts from one address past its limit, whatever account they name", async () => {
    const limit = signInRateLimits.email.perAddress;
    for (let i = 0; i < limit; i += 1) {
      expect((await consumeSignInAttempt({ method: "email", email: `person${i}@kommun.example`, address: "192.0.2.7", now })).allowed).toBe(true);
    }
    expect((await consumeSignInAttempt({ method: "email", email: "ny@kommun.example", address: "192.0.2.7", now })).allowed).toBe(false);
  });

  it("opens again in the next window", async () => {
    for (let i = 0; i <= signInRateLimits.email.perAccount; i += 1) {
      await consumeSignInAttempt({ method: "email", email: "cecilia@kommun.example", address: `10.1.0.${i}`, now });
    }
    const later = new Date(now.getTime() + signInRateLimits.email.windowSeconds * 1000);
    expect(await consumeSignInAttempt({ method: "email", email: "cecilia@kommun.example", address: "10.1.0.200", now: later })).toEqual({ allowed: true });
  });

  it("stores counters under hashed keys, never the e-mail address or IP", async () => {
    await consumeSignInAttempt({ method: "email", email: "dora@kommun.example", address: "203.0.113.5", now });
    const keys = (await testDb.rateLimitBucket.findMany({ select: { key: true } })).map((row) => row.key).join(" ");
    expect(keys).not.toContain("dora");
    expect(keys).not.toContain("203.0.113.5");
  });
});

describe("sessions", () => {
  it("expire after at most 12 hours", () => {
    process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-123";
    const options = getAuthOptions();
    expect(options.session?.strategy).toBe("jwt");
    expect(options.session?.maxAge).toBeLessThanOrEqual(12 * 60 * 60);
    expect(options.jwt?.maxAge ?? options.session?.maxAge).toBeLessThanOrEqual(12 * 60 * 60);
  });
});

describe("the signed-in actor", () => {
  it("is loaded from the database, and is gone 12 hours after sign-in however active the session", async () => {
    const user = await createUser(testDb);
    signInAs(user, Date.now() - 11 * 60 * 60 * 1000);
    expect((await getCurrentActor())?.userId).toBe(user.id);
    signInAs(user, Date.now() - 12 * 60 * 60 * 1000 - 1000);
    expect(await getCurrentActor()).toBeNull();
  });

  it("is gone on the next request once the user is disabled", async () => {
    const user = await createUser(testDb);
    signInAs(user);
    expect((await getCurrentActor())?.userId).toBe(user.id);
    await testDb.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentActor()).toBeNull();
  });
});

describe("idle sessions", () => {
  it("end 30 minutes after the last request the server saw, however recent the sign-in", async () => {
    const user = await createUser(testDb);
    const now = Date.now();
    signInAs(user, now - 60 * 60 * 1000, now - 29 * 60 * 1000);
    expect((await getCurrentActor())?.userId).toBe(user.id);
    signInAs(user, now - 60 * 60 * 1000, now - 30 * 60 * 1000 - 1000);
    expect(await getCurrentActor()).toBeNull();
  });

  /** next-auth calls the jwt callback without `user` after sign-in, which its types do not allow for. */
  async function callJwt(token: Record<string, unknown>, trigger?: "update"): Promise<Record<string, unknown>> {
    process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-123";
    const jwt = getAuthOptions().callbacks?.jwt;
    if (jwt === undefined) throw new Error("no jwt callback");
    const result: unknown = await Reflect.apply(jwt, undefined, [{ token, account: null, ...(trigger === undefined ? {} : { trigger }) }]);
    if (typeof result !== "object" || result === null) throw new Error("no token");
    return { ...result };
  }

  it("are extended by next-auth's session update only while still live", async () => {
    const now = Date.now();
    const live = { sub: "u", signedInAt: now - 60 * 60 * 1000, lastSeenAt: now - 28 * 60 * 1000 };
    const extended = await callJwt(live, "update");
    expect(Number(extended["lastSeenAt"])).toBeGreaterThanOrEqual(now);
    const ended = { sub: "u", signedInAt: now - 60 * 60 * 1000, lastSeenAt: now - 31 * 60 * 1000 };
    const notRevived = await callJwt(ended, "update");
    expect(notRevived["lastSeenAt"]).toBe(ended.lastSeenAt);
    // A plain read of the session (GET /api/auth/session) is not activity.
    const read = await callJwt(live);
    expect(read["lastSeenAt"]).toBe(live.lastSeenAt);
  });
});

describe("OpenID Connect sign-in", () => {
  async function decide(profile: Record<string, unknown>) {
    process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-123";
    const signIn = getAuthOptions().callbacks?.signIn;
    if (signIn === undefined) throw new Error("no signIn callback");
    return signIn({
      user: { id: String(profile["sub"]), email: typeof profile["email"] === "string" ? profile["email"] : null },
      account: { provider: "oidc", type: "oauth", providerAccountId: String(profile["sub"]) },
      profile,
    });
  }

  it("lets in an existing user whose e-mail the provider has verified", async () => {
    await createUser(testDb, { email: "anna@kommun.example" });
    expect(await decide({ sub: "1", email: "Anna@Kommun.example", email_verified: true })).toBe(true);
  });

  it("sends an unknown identity, an unverified e-mail or a disabled user to the no-account page and creates nothing", async () => {
    await createUser(testDb, { email: "bo@kommun.example" });
    await createUser(testDb, { email: "disabled@kommun.example", disabledAt: new Date() });
    const users = await testDb.user.count();
    expect(await decide({ sub: "2", email: "okand@kommun.example", email_verified: true })).toBe("/logga-in/inget-konto");
    expect(await decide({ sub: "3", email: "bo@kommun.example", email_verified: false })).toBe("/logga-in/inget-konto");
    expect(await decide({ sub: "4", email: "bo@kommun.example", email_verified: "true" })).toBe("/logga-in/inget-konto");
    expect(await decide({ sub: "5", email: "bo@kommun.example" })).toBe("/logga-in/inget-konto");
    expect(await decide({ sub: "6", email: "disabled@kommun.example", email_verified: true })).toBe("/logga-in/inget-konto");
    expect(await testDb.user.count()).toBe(users);
  });

  it("never creates an account through the adapter", async () => {
    process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-123";
    const adapter = getAuthOptions().adapter;
    await expect(adapter?.createUser?.({ email: "x@y.example", emailVerified: null })).rejects.toThrow();
  });
});
