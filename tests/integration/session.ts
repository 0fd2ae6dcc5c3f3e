// The signed-in user of an integration test. The session is the one thing mocked (see setup.ts):
// everything after it — loading the user and memberships, the policy, the database — runs for real.
export const sessionState: { userId: string | null; signedInAt: number; lastSeenAt: number } = {
  userId: null,
  signedInAt: 0,
  lastSeenAt: 0,
};

/**
 * Acts as this user in the server actions and loaders that follow; null = signed out.
 * `signedInAt` (default: now) and `lastSeenAt` (default: now, but never before sign-in) let a test
 * age the session.
 */
export function signInAs(user: { id: string } | null, signedInAt: number = Date.now(), lastSeenAt: number = Date.now()): void {
  sessionState.userId = user?.id ?? null;
  sessionState.signedInAt = signedInAt;
  sessionState.lastSeenAt = Math.max(lastSeenAt, signedInAt);
}
