// Runs in the test worker before each integration test file.
import { afterAll, beforeEach, inject } from "vitest";
import { disconnectTestDb, truncateAllTables } from "./db.ts";

// lib reads DATABASE_URL (lib/env.ts); point it at the test database, never at a developer's own.
process.env.DATABASE_URL = inject("databaseUrl");

beforeEach(async () => {
  await truncateAllTables();
});

afterAll(async () => {
  await disconnectTestDb();
});
