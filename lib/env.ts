import { z } from "zod";

/**
 * Server environment, validated once. A missing or wrong setting stops the app with one sentence
 * that names the variable (see instrumentation.ts), never a stack trace.
 */
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL saknas: ange en PostgreSQL-adress (postgresql://…) eller starta med npm start." })
      .regex(/^postgres(ql)?:\/\//, {
        error: "DATABASE_URL måste vara en PostgreSQL-adress som börjar med postgresql://.",
      }),
    NEXTAUTH_SECRET: z.string().optional(),
    NEXTAUTH_URL: z.url({ error: "NEXTAUTH_URL måste vara en fullständig adress, t.ex. https://lansplan.example.se." }).optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { error: "SMTP_URL måste börja med smtp:// eller smtps://." })
      .optional(),
    MAIL_FROM: z.string().default("Länsplan <no-reply@lansplan.local>"),
    LANSPLAN_DEMO: booleanFlag,
    // OpenID Connect sign-in (an e-identification broker: Sweden Connect, Freja eID, BankID through
    // a broker). Off unless OIDC_ISSUER is set; then client id and secret are required too.
    OIDC_ISSUER: z
      .url({ error: "OIDC_ISSUER måste vara identitetsleverantörens fullständiga adress, t.ex. https://idp.example.se." })
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPES: z
      .string()
      .default("openid email profile")
      .refine((value) => value.split(/\s+/).includes("openid") && value.split(/\s+/).includes("email"), {
        error: "OIDC_SCOPES måste innehålla openid och email, t.ex. \"openid email profile\".",
      }),
    OIDC_NAME: z.string().trim().min(1).default("e-legitimation"),
  })
  .superRefine((env, ctx) => {
    const oidcSet = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].some((value) => value !== undefined);
    if (oidcSet) {
      for (const variable of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const) {
        if (env[variable] === undefined) {
          ctx.addIssue({
            code: "custom",
            path: [variable],
            message: `${variable} saknas: inloggning med OpenID Connect behöver utfärdarens adress, klient-id och klienthemlighet.`,
          });
        }
      }
    }
    // Security-critical: tokens and the client secret travel to the issuer; only a local test
    // provider may be reached without TLS.
    if (env.OIDC_ISSUER !== undefined && env.NODE_ENV === "production" && !isHttpsOrLoopback(env.OIDC_ISSUER)) {
      ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OIDC_ISSUER måste börja med https:// i produktion." });
    }
    // Session cookies are marked Secure exactly when NEXTAUTH_URL is https (next-auth's rule), so
    // production must be served over https; only a loopback address (npm start, tests) may not be.
    if (env.NODE_ENV === "production" && env.NEXTAUTH_URL !== undefined && !isHttpsOrLoopback(env.NEXTAUTH_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "NEXTAUTH_URL måste börja med https:// i produktion (inloggningskakorna skickas bara krypterat).",
      });
    }
    if (env.NODE_ENV === "production" && !env.LANSPLAN_DEMO && (env.NEXTAUTH_SECRET ?? "").length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET saknas eller är kortare än 32 tecken: ange en lång slumpmässig hemlighet i produktion.",
      });
    }
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;

function isHttpsOrLoopback(value: string): boolean {
  const url = new URL(value);
  return url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an environment object; throws EnvError whose message is one sentence naming the variable. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? "okänd variabel");
  // Messages that already start with the variable's name are one full sentence as they are.
  const text = issue?.message ?? "ogiltigt värde";
  const message = text.startsWith(variable) ? text : `${variable}: ${text}`;
  throw new EnvError(variable, message);
}

let cached: ServerEnv | undefined;

export function getServerEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** The OpenID Connect settings, or null when OIDC sign-in is off. */
export function getOidcSettings(): { issuer: string; clientId: string; clientSecret: string; scopes: string; name: string } | null {
  const env = getServerEnv();
  if (env.OIDC_ISSUER === undefined || env.OIDC_CLIENT_ID === undefined || env.OIDC_CLIENT_SECRET === undefined) return null;
  return { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, scopes: env.OIDC_SCOPES, name: env.OIDC_NAME };
}

/** Demo mode: demo sign-in for the seeded accounts. On with the embedded database (npm start) or LANSPLAN_DEMO=1. */
export function isDemoMode(): boolean {
  return getServerEnv().LANSPLAN_DEMO;
}

/** The site's public address without a trailing slash (NEXTAUTH_URL; npm start's local address when unset). */
export function getPublicBaseUrl(): string {
  return (getServerEnv().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`).replace(/\/+$/, "");
}
