// The signed-in user of an integration test. The session is the one thing mocked (see setup.ts):
// everything after it — loading the user and memberships, the policy, the database — runs for real.
export const sessionState: { userId: string | null } = { userId: null };

/** Acts as this user in the server actions and loaders that follow; null = signed out. */
export function signInAs(user: { id: string } | null): void {
  sessionState.userId = user?.id ?? null;
}
