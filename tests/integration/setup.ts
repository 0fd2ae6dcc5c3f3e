// Runs in the test worker before each integration test file.
import { afterAll, beforeEach, inject, vi } from "vitest";
import { disconnectTestDb, truncateAllTables } from "./db.ts";
import { sessionState, signInAs } from "./session.ts";
import type * as NextCache from "next/cache";

// Mocked: the session (who the JWT in the request's cookie says is signed in) and Next's cache
// invalidation, which needs a running Next server. Nothing else is: actions, policy, loaders and
// the database run for real. (Reading the cookie itself is tested in tests/unit/request-session.test.ts.)
vi.mock("@/lib/auth/request-session", () => ({
  readRequestSession: async () =>
    sessionState.userId
      ? { userId: sessionState.userId, signedInAt: sessionState.signedInAt, lastSeenAt: sessionState.lastSeenAt, viaDemo: false }
      : null,
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof NextCache>()),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));

// lib reads DATABASE_URL (lib/env.ts); point it at the test database, never at a developer's own,
// as the app's role (owns nothing, no TRUNCATE or DDL), the role the app has in production.
process.env.DATABASE_URL = inject("databaseUrl");

beforeEach(async () => {
  signInAs(null);
  await truncateAllTables();
});

afterAll(async () => {
  await disconnectTestDb();
});
