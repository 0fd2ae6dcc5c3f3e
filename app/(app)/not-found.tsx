import { getTranslations } from "next-intl/server";
import Link from "next/link";

/**
 * notFound() in the workspace: a record that does not exist or that the signed-in user may not see
 * (another county's programme) gets the same Swedish page, inside the workspace's own layout.
 */
export default async function WorkspaceNotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
