import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Lint enforces the layout of STYLE.md §1: imports flow app → components → lib, Prisma stays in
 * lib/db and lib/<domain>/{data,mutations}.ts, pages read through loaders, components are
 * presentational. Each rule's message says where the code belongs instead.
 */

const prismaFiles = ["lib/db/**", "lib/*/data.ts", "lib/*/mutations.ts"];
const toolingFiles = ["scripts/**", "prisma/**", "tests/**", "*.config.ts", "*.config.mjs"];

const prismaRuntime = {
  group: ["@prisma/*", "@/lib/db/*", "@/lib/db/**", "**/lib/db/**", "**/db/generated/**"],
  message: "Prisma belongs in lib/db and lib/<domain>/data.ts or mutations.ts (types may be imported with `import type`).",
};
const prismaAny = {
  group: prismaRuntime.group,
  message: "No Prisma outside lib/: use the types in lib/<domain>/types.ts and read through a loader.",
};
// Pages, layouts and route handlers reach lib only through these entry points (STYLE.md §1, §7).
const appEntryPoints = "[^/]+/(?:loaders|actions|schema|types)|actions/[^/]+|auth/policy|env|errors/[^/]+";
const appLib = {
  regex: `^@/lib/(?!(?:${appEntryPoints})$)`,
  message: "app/ reaches lib only through loaders, actions, schema, types, lib/auth/policy, lib/env and lib/errors.",
};
// Route handlers for outside callers may also wire up the auth machinery (next-auth, rate limits).
const apiLib = {
  regex: `^@/lib/(?!(?:${appEntryPoints}|auth/config|auth/rate-limit|http/cache-control)$)`,
  message: "app/api/ reaches lib through the same entry points as pages, plus lib/auth/config, lib/auth/rate-limit and lib/http/cache-control.",
};
const dataAndMutations = {
  group: ["@/lib/*/data", "@/lib/*/mutations", "**/lib/*/data", "**/lib/*/mutations"],
  message: "Pages and components go through lib/<domain>/loaders.ts (reads) and actions.ts (writes), never data or mutations.",
};
const upwards = {
  group: ["@/app/*", "@/app/**", "@/components/*", "@/components/**", "**/app/**", "**/components/**"],
  message: "lib never imports app or components: imports flow app → components → lib.",
};
const fromComponents = {
  group: ["@/app/*", "@/app/**", "@/lib/*/loaders", "@/lib/auth/session", "@/lib/auth/config"],
  message: "Components are presentational (props in, JSX out): the page loads the data and passes it down.",
};

const restrict = (...patterns) => ["error", { patterns }];

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      ".data/**",
      "coverage/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,

  // Type-aware rules for all TypeScript (STYLE.md §11: no any, no !, no ts-ignore, no floating promises).
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": "allow-with-description" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  // Application code: no type assertions at all (`as const` is still allowed).
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "i18n/**/*.ts", "*.ts"],
    // lib/db holds the one global-client cast Next's hot reload needs.
    ignores: [...toolingFiles, "lib/db/**"],
    rules: {
      "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "never" }],
    },
  },

  // Tooling runs under Node or Vitest, never inside the Next.js bundle: Next's page rules do not apply.
  {
    files: ["scripts/**", "prisma/**", "tests/**"],
    rules: { "@next/next/no-assign-module-variable": "off" },
  },

  // ───────────── Boundaries ─────────────
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: prismaFiles,
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": restrict({ ...prismaRuntime, allowTypeImports: true }, upwards),
    },
  },
  {
    files: prismaFiles,
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": restrict(upwards),
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": restrict(prismaAny, dataAndMutations, appLib),
    },
  },
  {
    files: ["app/api/**/*.ts"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": restrict(prismaAny, dataAndMutations, apiLib),
    },
  },
  {
    files: ["i18n/**/*.ts", "proxy.ts", "instrumentation.ts", "instrumentation-node.ts"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": restrict(prismaAny, dataAndMutations),
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": restrict(prismaAny, dataAndMutations, fromComponents),
    },
  },
];

export default config;
