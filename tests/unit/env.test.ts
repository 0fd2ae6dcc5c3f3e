import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "@/lib/env";

const database = "postgresql://lansplan:secret@localhost:5432/lansplan";
const longSecret = "x".repeat(32);

function parseError(source: Record<string, string | undefined>): EnvError {
  try {
    parseServerEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("expected parseServerEnv to refuse the environment");
}

/** One sentence naming the variable once: no repeated prefix, no line breaks, no stack-like text. */
function expectOneSentence(message: string, variable: string) {
  expect(message.split(variable).length - 1).toBe(1);
  expect(message).not.toMatch(/\n/);
  expect(message).not.toMatch(/\bat \S+ \(/);
  expect(message.trim().endsWith(".")).toBe(true);
}

describe("parseServerEnv", () => {
  it("accepts a development environment with only DATABASE_URL", () => {
    const env = parseServerEnv({ DATABASE_URL: database });
    expect(env.DATABASE_URL).toBe(database);
    expect(env.NODE_ENV).toBe("development");
    expect(env.LANSPLAN_DEMO).toBe(false);
  });

  it("refuses a missing DATABASE_URL with a sentence that names it", () => {
    const error = parseError({});
    expect(error.variable).toBe("DATABASE_URL");
    expect(error.message).toMatch(/^DATABASE_URL /);
    expect(error.message).toContain("saknas");
    expectOneSentence(error.message, "DATABASE_URL");
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL address", () => {
    for (const url of ["mysql://localhost/lansplan", "localhost:5432", "file:./dev.db"]) {
      const error = parseError({ DATABASE_URL: url });
      expect(error.variable).toBe("DATABASE_URL");
      expect(error.message).toMatch(/^DATABASE_URL/);
      expect(error.message).toContain("postgresql://");
      expectOneSentence(error.message, "DATABASE_URL");
    }
  });

  it("accepts both postgres:// and postgresql://", () => {
    expect(parseServerEnv({ DATABASE_URL: "postgres://localhost/lansplan" }).DATABASE_URL).toBe("postgres://localhost/lansplan");
    expect(parseServerEnv({ DATABASE_URL: database }).DATABASE_URL).toBe(database);
  });

  it("refuses production without NEXTAUTH_SECRET", () => {
    const error = parseError({ DATABASE_URL: database, NODE_ENV: "production" });
    expect(error.variable).toBe("NEXTAUTH_SECRET");
    expect(error.message).toMatch(/^NEXTAUTH_SECRET/);
    expectOneSentence(error.message, "NEXTAUTH_SECRET");
  });

  it("refuses production with a short NEXTAUTH_SECRET", () => {
    const error = parseError({ DATABASE_URL: database, NODE_ENV: "production", NEXTAUTH_SECRET: "short" });
    expect(error.variable).toBe("NEXTAUTH_SECRET");
  });

  it("accepts production with a long secret", () => {
    const env = parseServerEnv({ DATABASE_URL: database, NODE_ENV: "production", NEXTAUTH_SECRET: longSecret });
    expect(env.NEXTAUTH_SECRET).toBe(longSecret);
  });

  it("does not demand a secret in production demo mode (the start script provides one)", () => {
    const env = parseServerEnv({ DATABASE_URL: database, NODE_ENV: "production", LANSPLAN_DEMO: "1" });
    expect(env.LANSPLAN_DEMO).toBe(true);
  });

  it.each([
    ["1", true],
    ["true", true],
    ["yes", true],
    ["0", false],
    ["false", false],
    ["", false],
  ])("reads LANSPLAN_DEMO=%j as %s", (value, expected) => {
    expect(parseServerEnv({ DATABASE_URL: database, LANSPLAN_DEMO: value }).LANSPLAN_DEMO).toBe(expected);
  });

  it("treats an absent LANSPLAN_DEMO as off", () => {
    expect(parseServerEnv({ DATABASE_URL: database }).LANSPLAN_DEMO).toBe(false);
  });

  it("refuses an unknown LANSPLAN_DEMO value by name", () => {
    const error = parseError({ DATABASE_URL: database, LANSPLAN_DEMO: "maybe" });
    expect(error.variable).toBe("LANSPLAN_DEMO");
    expect(error.message).toMatch(/^LANSPLAN_DEMO/);
  });

  it("refuses an SMTP_URL that is not smtp:// or smtps://", () => {
    const error = parseError({ DATABASE_URL: database, SMTP_URL: "http://mail.example.se" });
    expect(error.variable).toBe("SMTP_URL");
    expect(error.message).toMatch(/^SMTP_URL/);
    expectOneSentence(error.message, "SMTP_URL");
  });
});

describe("OpenID Connect settings", () => {
  const base = { DATABASE_URL: database };
  const oidc = { OIDC_ISSUER: "https://idp.example.se", OIDC_CLIENT_ID: "lansplan", OIDC_CLIENT_SECRET: "s3cret" };

  it("are off without OIDC_ISSUER and complete with issuer, client id, secret and default scopes", () => {
    expect(parseServerEnv(base).OIDC_ISSUER).toBeUndefined();
    const env = parseServerEnv({ ...base, ...oidc });
    expect(env.OIDC_SCOPES).toBe("openid email profile");
    expect(env.OIDC_NAME).toBe("e-legitimation");
  });

  it("refuse a half configuration with a sentence naming the missing variable", () => {
    const error = parseError({ ...base, OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: "lansplan" });
    expect(error.variable).toBe("OIDC_CLIENT_SECRET");
    expectOneSentence(error.message, "OIDC_CLIENT_SECRET");
  });

  it("refuse scopes without openid and email", () => {
    const error = parseError({ ...base, ...oidc, OIDC_SCOPES: "openid profile" });
    expect(error.variable).toBe("OIDC_SCOPES");
  });

  it("refuse an issuer without TLS in production, except on the loopback address", () => {
    const production = { ...base, NODE_ENV: "production", NEXTAUTH_SECRET: longSecret };
    expect(parseError({ ...production, ...oidc, OIDC_ISSUER: "http://idp.example.se" }).variable).toBe("OIDC_ISSUER");
    expect(parseServerEnv({ ...production, ...oidc, OIDC_ISSUER: "http://127.0.0.1:4000" }).OIDC_ISSUER).toBe("http://127.0.0.1:4000");
  });

  it("refuse a production NEXTAUTH_URL without TLS (cookies are Secure only over https), except loopback", () => {
    const production = { ...base, NODE_ENV: "production", NEXTAUTH_SECRET: longSecret };
    expect(parseError({ ...production, NEXTAUTH_URL: "http://lansplan.example.se" }).variable).toBe("NEXTAUTH_URL");
    expect(parseServerEnv({ ...production, NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(parseServerEnv({ ...production, NEXTAUTH_URL: "https://lansplan.example.se" }).NEXTAUTH_URL).toBe("https://lansplan.example.se");
  });
});
