import path from "node:path";

// Ports and folders shared by the e2e server process and the test workers. Without E2E_PORT a
// random port is chosen once, in Playwright's main process, and handed to the web server and the
// workers through the environment, so two runs on one machine never collide.
if (!process.env.E2E_PORT) process.env.E2E_PORT = String(20_000 + Math.floor(Math.random() * 20_000));
const appPort = Number(process.env.E2E_PORT);

export const e2ePorts = {
  app: appPort,
  smtp: Number(process.env.E2E_SMTP_PORT ?? appPort + 1),
};

const root = path.resolve(".data", "e2e", String(appPort));

export const e2ePaths = {
  root,
  mailDir: path.join(root, "mail"),
  databaseUrlFile: path.join(root, "database-url"),
  /** NEXTAUTH_SECRET of the run (tests/e2e/server.ts writes it; session specs age a session with it). */
  secretFile: path.join(root, "nextauth-secret"),
};
