import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MembershipTable } from "@/components/users/membership-table";
import { loadWorkspace } from "@/lib/users/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace"))("title") };
}

export default async function WorkspacePage() {
  const workspace = await loadWorkspace();
  const t = await getTranslations("workspace");
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg" data-testid="workspace-greeting">
          {t("greeting", { name: workspace.name ?? workspace.email })}
        </p>
        <p>{t("signedInWith", { email: workspace.email })}</p>
        {workspace.isDemo && <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{t("demoNotice")}</p>}
      </div>
      <section aria-labelledby="memberships-title" className="space-y-4">
        <h2 id="memberships-title" className="text-2xl">
          {t("membershipsTitle")}
        </h2>
        <MembershipTable memberships={workspace.memberships} />
      </section>
    </div>
  );
}
