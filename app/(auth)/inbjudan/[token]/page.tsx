import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { defaultCallbackPath } from "@/lib/auth/schema";
import { loadInvitationPage } from "@/lib/invitations/loaders";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("acceptTitle") };
}

/** The invitation link's page: what accepting means, or a clear refusal. Looking never accepts. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [page, t, tRoles] = await Promise.all([loadInvitationPage(token, new Date()), getTranslations("invitations"), getTranslations("roles")]);
  if (!page.usable) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">{t("refusedTitle")}</h1>
        <p className="text-lg" data-testid="invitation-refused">{t(`refused.${page.reason}`)}</p>
        <p>
          <Link href="/logga-in">{t("toSignIn")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("acceptTitle")}</h1>
      <p className="text-lg">{t("acceptIntro", { role: tRoles(page.role).toLowerCase(), organisation: page.organisationName })}</p>
      {page.invitedByName !== null && <p>{t("acceptInvitedBy", { name: page.invitedByName })}</p>}
      <p>{t("acceptEmail", { email: page.email })}</p>
      <p>{t("acceptExpires", { date: page.expiresAt.toISOString().slice(0, 10) })}</p>
      <AcceptInvitationForm token={token} askName={page.isNewUser} destination={defaultCallbackPath} />
    </div>
  );
}
