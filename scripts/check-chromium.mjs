// Stops `npm test` before the browser tests with a clear message when no Chromium is installed.
import { existsSync } from "node:fs";

const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executable)) {
  process.stderr.write(
    `Ingen Chromium hittades på ${executable}. Installera den med:\n` +
      "  sudo apt-get update && sudo apt-get install -y chromium fonts-liberation\n" +
      "eller ange sökvägen till en annan Chromium med CHROMIUM_PATH.\n",
  );
  process.exit(1);
}
