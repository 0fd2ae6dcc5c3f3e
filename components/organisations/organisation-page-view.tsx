import Link from "next/link";
import { useTranslations } from "next-intl";
import { DelegationPanel } from "@/components/delegations/delegation-panel";
import { InviteForm } from "@/components/invitations/invite-form";
import { PendingInvitations } from "@/components/invitations/pending-invitations";
import { MemberTable } from "@/components/organisations/member-table";
import { OrganisationAdminForms } from "@/components/organisations/organisation-admin-forms";
import type { OrganisationPage } from "@/lib/organisations/types";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** /arbetsyta/organisationer/[organisationId]: facts, members and roles, and what the actor may do there. */
export function OrganisationPageView({ page }: { page: OrganisationPage }) {
  const t = useTranslations("organisations");
  const tMembers = useTranslations("members");
  const tInvitations = useTranslations("invitations");
  const tDelegations = useTranslations("delegations");
  const { organisation } = page;
  const validity =
    organisation.validFrom === null
      ? t("validUnknown")
      : organisation.validTo === null
        ? t("validFromOnly", { from: isoDate(organisation.validFrom) })
        : t("validRange", { from: isoDate(organisation.validFrom), to: isoDate(organisation.validTo) });
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <p>
          <Link href="/arbetsyta/organisationer">{t("title")}</Link>
        </p>
        <h1 className="text-3xl">{organisation.name}</h1>
      </div>
      <section aria-labelledby="details-title" className="space-y-3">
        <h2 id="details-title" className="text-2xl">{t("detailsTitle")}</h2>
        <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("kindTerm")}</dt>
          <dd>{t(`kinds.${organisation.kind}`)}</dd>
          <dt className="font-semibold">{t("countyTerm")}</dt>
          <dd>{organisation.countyName ?? t("noCounty")}</dd>
          <dt className="font-semibold">{t("validTerm")}</dt>
          <dd>{validity}</dd>
          <dt className="font-semibold">{t("statusTerm")}</dt>
          <dd>{organisation.active ? t("statusActive") : t("statusInactive")}</dd>
          <dt className="font-semibold">{t("delegationTerm")}</dt>
          <dd>{organisation.allowsDelegation ? t("delegationAllowed") : t("delegationNotAllowed")}</dd>
          {organisation.predecessor !== null && (
            <>
              <dt className="font-semibold">{t("predecessorTerm")}</dt>
              <dd>
                <Link href={`/arbetsyta/organisationer/${organisation.predecessor.id}`}>{organisation.predecessor.name}</Link>
              </dd>
            </>
          )}
          {organisation.successors.map((successor) => (
            <div key={successor.id} className="contents">
              <dt className="font-semibold">{t("successorTerm")}</dt>
              <dd>
                <Link href={`/arbetsyta/organisationer/${successor.id}`}>{successor.name}</Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-2xl">{tMembers("title")}</h2>
        <p>{tMembers("intro", { organisation: organisation.name })}</p>
        <MemberTable members={page.members} manageRoles={page.canManageMembers ? page.grantableRoles : null} />
      </section>
      {page.canManageMembers && (
        <section aria-labelledby="invite-title" className="space-y-3">
          <h2 id="invite-title" className="text-2xl">{tInvitations("title")}</h2>
          <p>{tInvitations("intro")}</p>
          <InviteForm organisationId={organisation.id} roles={page.grantableRoles} />
          <h3 className="text-xl">{tInvitations("pendingTitle")}</h3>
          <PendingInvitations invitations={page.pendingInvitations} />
        </section>
      )}
      {page.delegation !== null && (
        <section aria-labelledby="delegations-title" className="space-y-3">
          <h2 id="delegations-title" className="text-2xl">{tDelegations("title")}</h2>
          <DelegationPanel organisationId={organisation.id} panel={page.delegation} />
        </section>
      )}
      {page.canAdminister && organisation.active && (
        <section aria-labelledby="admin-title" className="space-y-3">
          <h2 id="admin-title" className="text-2xl">{t("adminTitle")}</h2>
          <OrganisationAdminForms organisation={organisation} />
        </section>
      )}
    </div>
  );
}
