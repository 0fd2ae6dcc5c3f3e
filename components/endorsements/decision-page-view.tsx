import Link from "next/link";
import { useTranslations } from "next-intl";
import { VersionContent } from "@/components/consultations/version-content";
import { OrganisationChanges } from "@/components/diff/organisation-changes";
import { DecisionBasisLink } from "@/components/endorsements/decision-basis-link";
import { DecisionForm } from "@/components/endorsements/decision-form";
import { EndorsementRows } from "@/components/endorsements/endorsement-rows";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { DecisionPage } from "@/lib/endorsements/types";

/** /arbetsyta/stallningstagande/[endorsementId]: what the organisation is asked to stand behind, and its decision. */
export function DecisionPageView({ page }: { page: DecisionPage }) {
  const t = useTranslations("endorsements");
  const tNav = useTranslations("authoringNav");
  const tBasis = useTranslations("decisionBasis");
  const { version, endorsement } = page;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <Breadcrumbs
          label={tNav("breadcrumbs")}
          items={[
            { href: "/arbetsyta", label: tNav("workspace") },
            { href: `/arbetsyta/stallningstagande/${endorsement.id}`, label: t("decisionShort") },
          ]}
        />
        <h1 className="text-3xl">{t("decisionTitle", { title: version.title, number: version.number })}</h1>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("from")}</dt>
          <dd>{t("countyBoard", { county: version.countyName })}</dd>
          <dt className="font-semibold">{t("decidingFor")}</dt>
          <dd>{endorsement.organisationName}</dd>
          <dt className="font-semibold">{t("status")}</dt>
          <dd data-testid="decision-status">{t(`decisions.${endorsement.status}`)}</dd>
          {version.contentHash !== null && (
            <>
              <dt className="font-semibold">{t("contentHash")}</dt>
              <dd>
                <code className="break-all">{version.contentHash}</code>
              </dd>
            </>
          )}
        </dl>
        <p>{t("hashExplained")}</p>
        {page.hasDecisionBasis && <DecisionBasisLink href={`/api/beslutsunderlag/stallningstagande/${endorsement.id}`} organisationName={endorsement.organisationName} />}
        <p>
          <a href="#decision-title">{tBasis("skipToDecision")}</a>
        </p>
        {page.isDelegated && <p className="rounded border-l-4 border-sky-700 bg-sky-50 p-3">{t("delegated")}</p>}
      </div>

      <OrganisationChanges changes={page.changes} allChangesHref={page.fullDiff === null ? null : `/arbetsyta/stallningstagande/${endorsement.id}/andringar`} />

      <section aria-labelledby="decision-title" className="space-y-4">
        <h2 id="decision-title" className="text-2xl">
          {t("decisionFormTitle")}
        </h2>
        {page.canDecide ? (
          <DecisionForm endorsement={endorsement} />
        ) : (
          <>
            <p>{version.status === "ENDORSEMENT" ? t("onlySignatory") : t("decisionLocked")}</p>
            {endorsement.status !== "PENDING" && <EndorsementRows rows={[endorsement]} caption={t("recordedDecision")} />}
          </>
        )}
      </section>

      <section aria-labelledby="content-title" className="space-y-4">
        <h2 id="content-title" className="text-2xl">
          {t("contentTitle")}
        </h2>
        <VersionContent readable={page.readable} headingLevel={3} />
      </section>
      <p>
        <Link href="/arbetsyta">{t("backToWorkspace")}</Link>
      </p>
    </div>
  );
}
