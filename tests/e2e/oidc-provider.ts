/**
 * A real OpenID Provider (npm oidc-provider) for the e2e tests, on a free loopback port, started by
 * tests/e2e/server.ts before the app so that the app's OIDC_* variables can point at it. Its login
 * page (oidc-provider's development interactions) accepts any login name; the name chooses one of
 * the identities below, and any password works.
 */
import { createServer } from "node:http";
import Provider from "oidc-provider";

export const oidcClient = { clientId: "lansplan-e2e", clientSecret: "e2e-client-secret-not-for-production" };

/** Login name → the claims the provider vouches for. */
export const oidcIdentities = {
  // An existing demo account (Nyköpings kommun, member): signing in changes only lastSignInAt.
  known: { email: "medarbetare@nykoping.example", email_verified: true, name: "Emma Lundgren" },
  // Verified, but no account in Länsplan.
  unknown: { email: "ingen.sadan.person@example.org", email_verified: true, name: "Okänd Person" },
  // The address of an existing account, but the provider has not verified it.
  unverified: { email: "medarbetare@nykoping.example", email_verified: false, name: "Emma Lundgren" },
} as const;

function isIdentity(id: string): id is keyof typeof oidcIdentities {
  return Object.hasOwn(oidcIdentities, id);
}

export async function startOidcProvider(appOrigin: string): Promise<{ issuer: string; close: () => void }> {
  // Listen first to learn the port: the issuer URL must contain it.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the OpenID Provider has no TCP address");
  const issuer = `http://127.0.0.1:${address.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: oidcClient.clientId,
        client_secret: oidcClient.clientSecret,
        redirect_uris: [`${appOrigin}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Scope claims in the ID token too (the app reads the verified e-mail from the validated ID token).
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) =>
      isIdentity(id) ? { accountId: id, claims: () => ({ sub: id, ...oidcIdentities[id] }) } : undefined,
    cookies: { keys: ["e2e-cookie-key-not-for-production"] },
    features: { devInteractions: { enabled: true } },
  });
  server.on("request", provider.callback());
  return { issuer, close: () => server.close() };
}
