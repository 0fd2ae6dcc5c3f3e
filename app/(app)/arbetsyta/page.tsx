import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ProgrammePipelines } from "@/components/programmes/programme-pipelines";
import { ReviewTasks } from "@/components/comments/review-tasks";
import { MembershipTable } from "@/components/users/membership-table";
import { WorkspaceTasks } from "@/components/users/workspace-tasks";
import { loadMyReviews } from "@/lib/comments/loaders";
import { loadMyInvitations } from "@/lib/consultations/loaders";
import { loadMyEndorsements } from "@/lib/endorsements/loaders";
import { loadInbox } from "@/lib/notifications/loaders";
import { loadProgrammePipelines } from "@/lib/programmes/loaders";
import { loadWorkspace } from "@/lib/users/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace"))("title") };
}

export default async function WorkspacePage() {
  const [workspace, pipelines, invitations, endorsements, inbox, reviews] = await Promise.all([
    loadWorkspace(),
    loadProgrammePipelines(),
    loadMyInvitations(),
    loadMyEndorsements(),
    loadInbox(),
    loadMyReviews(),
  ]);
  const t = await getTranslations("workspace");
  const tOrganisations = await getTranslations("organisations");
  const tFollowUp = await getTranslations("followUp");
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
      {pipelines !== null && <ProgrammePipelines programmes={pipelines} />}
      <WorkspaceTasks invitations={invitations} endorsements={endorsements} unread={inbox.unread} />
      <ReviewTasks reviews={reviews} />
      <section aria-labelledby="organisations-title" className="space-y-2">
        <h2 id="organisations-title" className="text-2xl">
          {tOrganisations("title")}
        </h2>
        <p>{tOrganisations("workspaceIntro")}</p>
        <p>
          <Link href="/arbetsyta/organisationer">{tOrganisations("workspaceLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="follow-up-title" className="space-y-2">
        <h2 id="follow-up-title" className="text-2xl">
          {tFollowUp("title")}
        </h2>
        <p>
          <Link href="/arbetsyta/uppfoljning">{tFollowUp("workspaceLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="memberships-title" className="space-y-4">
        <h2 id="memberships-title" className="text-2xl">
          {t("membershipsTitle")}
        </h2>
        <MembershipTable memberships={workspace.memberships} />
      </section>
    </div>
  );
}
