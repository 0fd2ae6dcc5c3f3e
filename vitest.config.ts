import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // tsconfig's "@/*" → repo root.
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws when imported outside React Server Components. Its package ships the
      // empty module that RSC builds resolve to; tests get the same, so lib/*/data.ts and
      // mutations.ts can be called for real.
      { find: /^server-only$/, replacement: path.join(root, "node_modules", "server-only", "empty.js") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One embedded PostgreSQL for the run, migrated once (tests/integration/global-setup.ts).
          globalSetup: ["tests/integration/global-setup.ts"],
          // Points DATABASE_URL at it and empties every table before each test.
          setupFiles: ["tests/integration/setup.ts"],
          // All files share that one database: one file at a time.
          fileParallelism: false,
          testTimeout: 15_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
