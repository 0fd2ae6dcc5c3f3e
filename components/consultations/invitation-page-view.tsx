import Link from "next/link";
import { useTranslations } from "next-intl";
import { AddCommentForm } from "@/components/consultations/add-comment-form";
import { CommentList } from "@/components/consultations/comment-list";
import { DeleteCommentButton } from "@/components/consultations/delete-comment-button";
import { ResponseForm } from "@/components/consultations/response-form";
import { VersionContent } from "@/components/consultations/version-content";
import { OrganisationChanges } from "@/components/diff/organisation-changes";
import { DecisionBasisLink } from "@/components/endorsements/decision-basis-link";
import { DateText } from "@/components/programmes/date-text";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DoneNotice } from "@/components/ui/done-notice";
import type { InvitationPage } from "@/lib/consultations/types";

/** /arbetsyta/remiss/[invitationId]: an invited organisation reads the draft and answers. */
export function InvitationPageView({ page, justSubmitted }: { page: InvitationPage; justSubmitted: boolean }) {
  const t = useTranslations("consultations");
  const tNav = useTranslations("authoringNav");
  const tBasis = useTranslations("decisionBasis");
  const { version, round, response } = page;
  const submitted = response?.status === "SUBMITTED";
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <Breadcrumbs
          label={tNav("breadcrumbs")}
          items={[
            { href: "/arbetsyta", label: tNav("workspace") },
            { href: `/arbetsyta/remiss/${page.invitationId}`, label: t("invitationShort") },
          ]}
        />
        <h1 className="text-3xl">{t("invitationTitle", { title: version.title, number: version.number })}</h1>
        {justSubmitted && <DoneNotice>{t("responseSubmitted")}</DoneNotice>}
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("from")}</dt>
          <dd>{t("countyBoard", { county: version.countyName })}</dd>
          <dt className="font-semibold">{t("respondingFor")}</dt>
          <dd>{page.organisationName}</dd>
          <dt className="font-semibold">{t("deadline")}</dt>
          <dd>
            <DateText date={round.deadline} /> {round.isOpen ? "" : `(${t("roundClosed")})`}
          </dd>
          <dt className="font-semibold">{t("responseStatus")}</dt>
          <dd data-testid="response-status">{t(`invitationStatus.${response === null ? "NOT_ANSWERED" : response.status}`)}</dd>
        </dl>
        {round.message !== "" && <p className="whitespace-pre-line rounded bg-slate-50 p-3">{round.message}</p>}
        {round.isOpen && <DecisionBasisLink href={`/api/beslutsunderlag/remiss/${page.invitationId}`} organisationName={page.organisationName} />}
        <p>
          <a href="#response-title">{tBasis("skipToResponse")}</a>
        </p>
      </div>

      <OrganisationChanges changes={page.changes} allChangesHref={page.fullDiff === null ? null : `/arbetsyta/remiss/${page.invitationId}/andringar`} />

      <section aria-labelledby="response-title" className="space-y-4">
        <h2 id="response-title" className="text-2xl">
          {t("responseTitle")}
        </h2>
        {page.canRespond ? (
          <>
            <ResponseForm invitationId={page.invitationId} generalText={response?.generalText ?? ""} />
            <h3 className="text-xl">{t("commentsTitle")}</h3>
            {(response?.comments.length ?? 0) === 0 ? (
              <p>{t("noOwnComments")}</p>
            ) : (
              <ul className="space-y-3">
                {response?.comments.map((comment) => (
                  <li key={comment.id} className="space-y-2 rounded border border-slate-300 p-3">
                    <p className="text-sm font-semibold">{comment.anchorLabel === "" ? t("anchorProgramme") : comment.anchorLabel}</p>
                    <p className="whitespace-pre-line">{comment.text}</p>
                    <DeleteCommentButton invitationId={page.invitationId} commentId={comment.id} />
                  </li>
                ))}
              </ul>
            )}
            <h3 className="text-xl">{t("addCommentTitle")}</h3>
            <AddCommentForm invitationId={page.invitationId} anchors={page.anchors} />
          </>
        ) : (
          <>
            {!submitted && <p>{round.isOpen ? t("onlySignatory") : t("responseClosed")}</p>}
            {submitted && (
              <p>
                {t("submittedOn")} {response.submittedAt !== null && <DateText date={response.submittedAt} />}
              </p>
            )}
            {response !== null && response.generalText !== "" && <p className="whitespace-pre-line">{response.generalText}</p>}
            {response !== null && response.comments.length > 0 && <CommentList comments={response.comments} />}
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
