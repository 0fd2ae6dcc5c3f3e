import path from "node:path";

// Fixed locations shared by the e2e server process and the test workers.
const root = path.resolve(".data", "e2e");

export const e2ePaths = {
  root,
  mailDir: path.join(root, "mail"),
  databaseUrlFile: path.join(root, "database-url"),
};

export const e2ePorts = {
  app: Number(process.env.E2E_PORT ?? 3100),
  smtp: Number(process.env.E2E_SMTP_PORT ?? 2525),
};
