import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { z } from "zod";
import { consumeVerificationToken, createVerificationToken } from "@/lib/auth/mutations";
import { signInEmailSchema } from "@/lib/auth/schema";
import { getServerEnv, isDemoMode } from "@/lib/env";
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
  }
}

export const sessionMaxAgeSeconds = 12 * 60 * 60;
export const signInLinkMaxAgeSeconds = 30 * 60;

/** The next-auth provider id of demo sign-in (registered only in demo mode). */
export const demoProviderId = "demo";

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
  getUserByAccount: async () => null,
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

function buildAuthOptions(): NextAuthOptions {
  const env = getServerEnv();
  const providers: NextAuthOptions["providers"] = [
    EmailProvider({
      from: env.MAIL_FROM,
      maxAge: signInLinkMaxAgeSeconds,
      sendVerificationRequest: ({ identifier, url }) => sendSignInLink(identifier, url),
    }),
  ];
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
    jwt: { maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/logga-in", verifyRequest: "/logga-in/kolla-din-e-post", error: "/logga-in" },
    callbacks: {
      signIn: async ({ user, account, email }) => {
        // Asking for a link: always "yes" here; sendSignInLink decides silently whether to send.
        if (email?.verificationRequest === true) return true;
        if (account?.provider === demoProviderId && !isDemoMode()) return false;
        // Completing a sign-in: only an existing, non-disabled user.
        return typeof user.email === "string" && (await findActiveUserByEmail(user.email)) !== null;
      },
      // next-auth re-issues the JWT on use (a sliding expiry); the sign-in time travels with it so
      // that getCurrentActor can end the session 12 h after sign-in whatever the activity.
      jwt: ({ token, user }) => (user ? { ...token, signedInAt: Date.now() } : token),
      session: ({ session, token }) => ({
        ...session,
        userId: token.sub,
        signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : undefined,
      }),
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
