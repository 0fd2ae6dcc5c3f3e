import "server-only";
import type { NextAuthOptions, Profile } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/session-token";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { z } from "zod";
import { consumeVerificationToken, createVerificationToken } from "@/lib/auth/mutations";
import { noAccountPath, signInEmailSchema } from "@/lib/auth/schema";
import { sessionMaxAgeSeconds, sessionStanding, type SessionTimes } from "@/lib/auth/session-timing";
import { getOidcSettings, getServerEnv, isDemoMode } from "@/lib/env";
import { acceptInvitation } from "@/lib/invitations/mutations";
import { acceptInvitationSchema } from "@/lib/invitations/schema";
import { AppError } from "@/lib/errors/app-error";
import { buildSignInMail } from "@/lib/mail/sign-in-mail";
import { isMailConfigured, sendMail } from "@/lib/mail/transport";
import { findActiveDemoUserByEmail, findActiveUserByEmail, findActiveUserById } from "@/lib/users/data";
import { markEmailVerified, recordSignIn } from "@/lib/users/mutations";
import type { AuthUser } from "@/lib/users/types";

declare module "next-auth" {
  interface Session {
    /** The signed-in user's id (JWT `sub`). Everything else is loaded from the database per request. */
    userId?: string;
    /** When the user signed in (ms since epoch): sessions end 12 h after it, however active. */
    signedInAt?: number;
    /** The last request the server saw (ms since epoch): sessions end 30 min after it. */
    lastSeenAt?: number;
    /** Seconds until the session ends (idle or absolute), for the browser's warning. */
    idleRemainingSeconds?: number;
    /** Issued by demo sign-in: valid only while demo mode is on (lib/auth/session.ts). */
    viaDemo?: boolean;
  }
}

export const signInLinkMaxAgeSeconds = 30 * 60;

/** The next-auth provider id of demo sign-in (registered only in demo mode). */
export const demoProviderId = "demo";
/** Accepting an invitation signs the person in (credentials: the link's token). */
export const invitationProviderId = "invitation";
/** OpenID Connect sign-in (registered only when OIDC_ISSUER is set). */
export const oidcProviderId = "oidc";

const userIdSchema = z.guid();

function toAdapterUser(user: AuthUser): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

async function findAdapterUserById(id: string): Promise<AdapterUser | null> {
  // Sessions and next-auth hand over ids as strings; only a well-formed id reaches the uuid column.
  const parsed = userIdSchema.safeParse(id);
  if (!parsed.success) return null;
  const user = await findActiveUserById(parsed.data);
  return user === null ? null : toAdapterUser(user);
}

/**
 * A minimal next-auth adapter: JWT sessions, so only users and e-mail tokens live in the database.
 * Security-critical: signing in never creates an account (accounts come from administrators and
 * invitations), and disabled users are invisible to every method.
 */
const adapter: Adapter = {
  createUser: async () => {
    throw new AppError("FORBIDDEN", "Signing in never creates accounts");
  },
  getUser: findAdapterUserById,
  getUserByEmail: async (email) => {
    const user = await findActiveUserByEmail(email);
    return user === null ? null : toAdapterUser(user);
  },
  // OpenID Connect identities are matched by verified e-mail on every sign-in and never stored:
  // no account rows, so nothing to find and nothing to link (see the oidc provider below).
  getUserByAccount: async () => null,
  linkAccount: async () => undefined,
  updateUser: async (user) => {
    // next-auth calls this only to record emailVerified after an e-mail link sign-in.
    if (user.emailVerified instanceof Date) return toAdapterUser(await markEmailVerified(user.id, user.emailVerified));
    const current = await findAdapterUserById(user.id);
    if (current === null) throw new AppError("NOT_FOUND", "No active user to update");
    return current;
  },
  createVerificationToken: async (token) => {
    // Unknown and disabled addresses get no token (and no mail), but the same response.
    if ((await findActiveUserByEmail(token.identifier)) === null) return null;
    return createVerificationToken(token);
  },
  useVerificationToken: async ({ identifier, token }) => consumeVerificationToken(identifier, token),
};

/**
 * Sends the sign-in link, or logs it when no SMTP server is configured. Security-critical: the
 * caller has shown the same "check your e-mail" page whatever happens here (no account enumeration).
 */
async function sendSignInLink(identifier: string, url: string): Promise<void> {
  const user = await findActiveUserByEmail(identifier);
  if (user === null) {
    console.info("[e-post] Inloggning begärd för en adress utan aktivt konto: ingen länk skickades.");
    return;
  }
  if (!isMailConfigured()) {
    console.info(`[e-post] Inloggningslänk för ${user.email}: ${url}`);
    return;
  }
  await sendMail(
    buildSignInMail({
      to: user.email,
      url,
      expiresInMinutes: signInLinkMaxAgeSeconds / 60,
      siteHost: new URL(url).host,
    }),
  );
}

function timesOf(token: JWT): SessionTimes {
  return { signedInAt: token["signedInAt"], lastSeenAt: token["lastSeenAt"] };
}

/** Only `email_verified: true` (a boolean, as the OIDC spec has it) counts as verified. */
function verifiedEmailOf(profile: Profile | undefined): string | null {
  if (profile === undefined || Reflect.get(profile, "email_verified") !== true) return null;
  const email = signInEmailSchema.safeParse(profile.email);
  return email.success ? email.data : null;
}

/**
 * A generic OpenID Connect provider, configured entirely by OIDC_* variables (an e-identification
 * broker). Security-critical: the ID token is validated (signature, issuer, audience, nonce) and
 * the person is matched to an existing account by verified e-mail in the signIn callback; nobody
 * gets an account by signing in. allowDangerousEmailAccountLinking is what lets next-auth use
 * that existing user: "dangerous" only for unverified addresses, which the callback refuses first.
 */
function oidcProvider(settings: NonNullable<ReturnType<typeof getOidcSettings>>): OAuthConfig<Profile> {
  return {
    id: oidcProviderId,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: settings.scopes } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    allowDangerousEmailAccountLinking: true,
    profile: (profile) => ({
      id: String(profile.sub),
      email: verifiedEmailOf(profile),
      name: typeof profile.name === "string" ? profile.name : null,
    }),
  };
}

function buildAuthOptions(): NextAuthOptions {
  const env = getServerEnv();
  const providers: NextAuthOptions["providers"] = [
    EmailProvider({
      from: env.MAIL_FROM,
      maxAge: signInLinkMaxAgeSeconds,
      sendVerificationRequest: ({ identifier, url }) => sendSignInLink(identifier, url),
    }),
  ];
  providers.push(
    CredentialsProvider({
      id: invitationProviderId,
      name: "Inbjudan",
      credentials: { token: { label: "Inbjudan", type: "text" }, name: { label: "Namn", type: "text" } },
      // The link's token is the credential: accepting creates the membership (and the user when
      // new) and signs them in. A used, expired or revoked link signs nobody in.
      authorize: async (credentials) => {
        const input = acceptInvitationSchema.safeParse({ token: credentials?.token, name: credentials?.name ?? undefined });
        if (!input.success) return null;
        const outcome = await acceptInvitation(input.data, new Date());
        return outcome.ok ? { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name } : null;
      },
    }),
  );
  const oidc = getOidcSettings();
  if (oidc !== null) providers.push(oidcProvider(oidc));
  if (isDemoMode()) {
    providers.push(
      CredentialsProvider({
        id: demoProviderId,
        name: "Demo",
        credentials: { email: { label: "E-postadress", type: "email" } },
        // Demo only: no password. Finds nothing but seeded demo users (isDemo = true).
        authorize: async (credentials) => {
          const email = signInEmailSchema.safeParse(credentials?.email);
          if (!email.success || !isDemoMode()) return null;
          const user = await findActiveDemoUserByEmail(email.data);
          return user === null ? null : { id: user.id, email: user.email, name: user.name };
        },
      }),
    );
  }

  return {
    secret: env.NEXTAUTH_SECRET,
    adapter,
    providers,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    jwt: { maxAge: sessionMaxAgeSeconds, decode: decodeSessionToken },
    pages: { signIn: "/logga-in", verifyRequest: "/logga-in/kolla-din-e-post", error: "/logga-in" },
    callbacks: {
      signIn: async ({ user, account, email, profile }) => {
        // Asking for a link: always "yes" here; sendSignInLink decides silently whether to send.
        if (email?.verificationRequest === true) return true;
        if (account?.provider === demoProviderId && !isDemoMode()) return false;
        if (account?.provider === oidcProviderId) {
          // An identity without a verified address, or whose address has no account, gets the
          // "no account yet" page and no account.
          const verified = verifiedEmailOf(profile);
          return verified !== null && (await findActiveUserByEmail(verified)) !== null ? true : noAccountPath;
        }
        // Completing a sign-in: only an existing, non-disabled user.
        return typeof user.email === "string" && (await findActiveUserByEmail(user.email)) !== null;
      },
      // next-auth re-issues the JWT on use (a sliding expiry); the sign-in time and the last
      // activity travel with it so that getCurrentActor can end the session 12 h after sign-in and
      // 30 min after the last request (lib/auth/session-timing.ts). The proxy slides lastSeenAt on
      // each request; "stay signed in" in the browser is next-auth's session update.
      jwt: ({ token, user, account, trigger }) => {
        const now = Date.now();
        if (user) return { ...token, signedInAt: now, lastSeenAt: now, viaDemo: account?.provider === demoProviderId };
        if (trigger === "update" && sessionStanding(timesOf(token), now).live) return { ...token, lastSeenAt: now };
        return token;
      },
      session: ({ session, token }) => {
        const standing = sessionStanding(timesOf(token), Date.now());
        return {
          ...session,
          userId: token.sub,
          signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : undefined,
          lastSeenAt: typeof token.lastSeenAt === "number" ? token.lastSeenAt : undefined,
          idleRemainingSeconds: standing.live ? standing.idleRemainingSeconds : 0,
          viaDemo: token["viaDemo"] === true,
        };
      },
    },
    events: {
      signIn: async ({ user, account }) => {
        await recordSignIn({
          userId: user.id,
          email: user.email ?? "",
          provider: account?.provider ?? "unknown",
          at: new Date(),
        });
      },
    },
  };
}

let authOptions: NextAuthOptions | undefined;

/** Built on first use, never at import: `next build` loads this module without any environment. */
export function getAuthOptions(): NextAuthOptions {
  authOptions ??= buildAuthOptions();
  return authOptions;
}
