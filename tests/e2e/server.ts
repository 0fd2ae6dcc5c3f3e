/**
 * The e2e web server: a real SMTP server that stores every message it receives (so tests can read
 * the sign-in e-mails the app sends), then the app itself on a throwaway database, exactly as
 * `npm start --ephemeral` runs it. Started by Playwright's webServer.
 */
import { SMTPServer } from "smtp-server";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runApp } from "../../scripts/start";
import { oidcClient, startOidcProvider } from "./oidc-provider";
import { e2ePaths, e2ePorts } from "./paths";

rmSync(e2ePaths.root, { recursive: true, force: true });
mkdirSync(e2ePaths.mailDir, { recursive: true });

let counter = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      counter += 1;
      const message = {
        to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        from: session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address,
        raw: Buffer.concat(chunks).toString("utf8"),
        receivedAt: new Date().toISOString(),
      };
      writeFileSync(path.join(e2ePaths.mailDir, `${String(counter).padStart(5, "0")}.json`), JSON.stringify(message));
      callback();
    });
  },
});

// The session secret of this run, shared with the session specs (they age a session's JWT).
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
writeFileSync(e2ePaths.secretFile, process.env.NEXTAUTH_SECRET, { mode: 0o600 });

// A real OpenID Provider first: the app's OIDC_* settings need its address.
const oidc = await startOidcProvider(`http://localhost:${e2ePorts.app}`);

smtp.listen(e2ePorts.smtp, "127.0.0.1", () => {
  runApp({
    port: e2ePorts.app,
    ephemeral: true,
    quiet: true,
    databaseUrlFile: e2ePaths.databaseUrlFile,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${e2ePorts.smtp}`,
      MAIL_FROM: "Länsplan <no-reply@lansplan.test>",
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidcClient.clientId,
      OIDC_CLIENT_SECRET: oidcClient.clientSecret,
      OIDC_NAME: "Testlegitimation",
    },
  }).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
});
