/**
 * `npm run i18n:client`: writes the messages client components use (i18n/messages.ts
 * pickClientMessages) to i18n/generated/client-messages.<locale>.json, one file per language.
 * Client components read them from there (components/layout/client-messages.tsx): the browser
 * loads them once with the code, cached, instead of in every page's HTML. Run it after changing
 * a message a client component shows; `npm test` fails while a file is out of date
 * (tests/unit/client-messages.test.ts).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { locales } from "../../i18n/config";
import { clientMessagesFile, clientMessagesText } from "../../i18n/client-messages";

const root = path.resolve(import.meta.dirname, "../..");
for (const locale of locales) {
  const file = path.join(root, clientMessagesFile(locale));
  writeFileSync(file, await clientMessagesText(locale));
  process.stdout.write(`Skrev ${path.relative(root, file)}.\n`);
}
