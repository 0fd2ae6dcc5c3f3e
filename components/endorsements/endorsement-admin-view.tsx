import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateText } from "@/components/programmes/date-text";
import { VersionSubpageHeader } from "@/components/programmes/version-subpage-header";
import { EndorsementProgress } from "@/components/endorsements/endorsement-progress";
import { EndorsementRows } from "@/components/endorsements/endorsement-rows";
import { RatifyForm } from "@/components/endorsements/ratify-form";
import { SendForEndorsementForm } from "@/components/endorsements/send-for-endorsement-form";
import { PublishButton, ReopenButton } from "@/components/endorsements/version-command-buttons";
import { useChangeSummary } from "@/components/endorsements/use-change-summary";
import type { EndorsementAdminPage } from "@/lib/endorsements/types";

/** /arbetsyta/program/[id]/version/[n]/stallningstagande: send, follow, reopen, ratify, publish. */
export function EndorsementAdminView({ page, done }: { done?: "sent" | "reopened" | "ratified" | "published"; page: EndorsementAdminPage }) {
  const t = useTranslations("endorsements");
  const tAsk = useTranslations("askSend");
  const summary = useChangeSummary();
  const { version } = page;
  const programmeHref = `/arbetsyta/program/${version.programmeId}`;
  const versionHref = `${programmeHref}/version/${version.number}`;
  const carriedNames = page.carryOverCandidates.filter((c) => !page.organisations.some((o) => o.id === c.organisationId && o.isDefault));
  return (
    <div className="space-y-8">
      <VersionSubpageHeader
        version={version}
        segment="stallningstagande"
        crumb={t("adminTitleShort")}
        title={t("adminTitle", { title: version.programmeTitle, number: version.number })}
        notice={done === undefined ? null : t(`done.${done}`)}
      >
        {version.round > 0 && <span>{t("round", { round: version.round })}</span>}
      </VersionSubpageHeader>
      <div className="space-y-3">
        {version.contentHash !== null && (
          <p>
            {t("contentHash")}: <code className="break-all" data-testid="content-hash">{version.contentHash}</code>
          </p>
        )}
      </div>

      {page.canSend && (
        <section aria-labelledby="send-title" className="space-y-3">
          <h2 id="send-title" className="text-2xl">
            {t("sendTitle")}
          </h2>
          <p>{version.kind === "NEW" ? t("sendIntroNew") : t("sendIntroRevision")}</p>
          {carriedNames.length > 0 && (
            <div className="space-y-1">
              <p className="font-semibold">{t("willCarryOver")}</p>
              <ul className="list-disc pl-6" data-testid="carry-over-list">
                {carriedNames.map((c) => (
                  <li key={c.organisationId}>{c.organisationName}</li>
                ))}
              </ul>
              <p className="text-sm">{t("carryOverHint")}</p>
            </div>
          )}
          <SendForEndorsementForm
            versionId={version.versionId}
            versionNumber={version.number}
            basisNumber={page.basisNumber}
            changed={page.changedOrganisations.map((c) => ({ id: c.organisationId, name: c.name, summary: summary(c, page.organisationNames) }))}
            organisations={page.organisations}
          />
        </section>
      )}

      {page.outcome !== null && (
        <section aria-labelledby="current-title" className="space-y-4">
          <h2 id="current-title" className="text-2xl">
            {t("currentTitle")}
          </h2>
          {version.status === "ENDORSEMENT" && <EndorsementProgress outcome={page.outcome} rows={page.current} />}
          <EndorsementRows rows={page.current} caption={t("currentCaption")} withDecisionBasis />
          {page.leftOut.length > 0 && (
            <div className="space-y-1" data-testid="left-out">
              <h3 className="text-lg font-semibold">{tAsk("leftOutTitle")}</h3>
              <ul className="list-disc pl-6">
                {page.leftOut.map((o) => (
                  <li key={o.organisationId}>
                    <span className="font-semibold">{o.organisationName}</span>: {tAsk("leftOutReason")} ”{o.reason}”
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      {page.mayRatify && (
        <section aria-labelledby="ratify-title" className="space-y-3">
          <h2 id="ratify-title" className="text-2xl">
            {t("ratifyTitle")}
          </h2>
          {page.canRatify ? <RatifyForm versionId={version.versionId} validityEndedOn={version.validityEndedOn} /> : <p data-testid="ratify-blocked">{t("ratifyBlocked")}</p>}
        </section>
      )}

      {version.ratification.body !== null && (
        <p>
          {t("ratifiedBy", { body: version.ratification.body })} {version.ratification.date !== null && <DateText date={version.ratification.date} />}
          {version.ratification.dnr !== null && ` · ${t("dnr")} ${version.ratification.dnr}`}
        </p>
      )}

      {page.canPublish && (
        <section aria-labelledby="publish-title" className="space-y-3">
          <h2 id="publish-title" className="text-2xl">
            {t("publishTitle")}
          </h2>
          <p>{t("publishIntro")}</p>
          <PublishButton versionId={version.versionId} validityEndedOn={version.validityEndedOn} />
        </section>
      )}

      {page.canReopen && (
        <section aria-labelledby="reopen-title" className="space-y-3">
          <h2 id="reopen-title" className="text-2xl">
            {t("reopenTitle")}
          </h2>
          <p>{t("reopenIntro")}</p>
          <ReopenButton versionId={version.versionId} />
        </section>
      )}

      {page.history.length > 0 && (
        <section aria-labelledby="history-title" className="space-y-4">
          <h2 id="history-title" className="text-2xl">
            {t("historyTitle")}
          </h2>
          {page.history.map((round) => (
            <EndorsementRows key={round.round} rows={round.rows} caption={t("round", { round: round.round })} />
          ))}
        </section>
      )}
      <p>
        <Link href={versionHref}>{t("backToVersion")}</Link>
      </p>
    </div>
  );
}
