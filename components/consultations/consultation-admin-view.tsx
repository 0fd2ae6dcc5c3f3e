import Link from "next/link";
import { useTranslations } from "next-intl";
import { CloseConsultationButton } from "@/components/consultations/close-consultation-button";
import { CommentList } from "@/components/consultations/comment-list";
import { DispositionForm } from "@/components/consultations/disposition-form";
import { SendToConsultationForm } from "@/components/consultations/send-to-consultation-form";
import { DateText } from "@/components/programmes/date-text";
import { VersionSubpageHeader } from "@/components/programmes/version-subpage-header";
import type { ConsultationAdminPage } from "@/lib/consultations/types";

/** /arbetsyta/program/[id]/version/[n]/remiss: send, follow, dispose and close the consultation. */
export function ConsultationAdminView({ page, done }: { done?: "sent" | "closed"; page: ConsultationAdminPage }) {
  const t = useTranslations("consultations");
  const { version } = page;
  const programmeHref = `/arbetsyta/program/${version.programmeId}`;
  const versionHref = `${programmeHref}/version/${version.number}`;
  return (
    <div className="space-y-8">
      <VersionSubpageHeader
        version={version}
        segment="remiss"
        crumb={t("adminTitleShort")}
        title={t("adminTitle", { title: version.programmeTitle, number: version.number })}
        notice={done === undefined ? null : t(`done.${done}`)}
      />

      {page.canSend && (
        <section aria-labelledby="send-title" className="space-y-3">
          <h2 id="send-title" className="text-2xl">
            {t("sendTitle")}
          </h2>
          <p>{t("sendIntro")}</p>
          <SendToConsultationForm versionId={version.versionId} organisations={page.organisations} defaultDeadline={page.defaultDeadline} />
        </section>
      )}

      {page.rounds.length === 0 && !page.canSend && <p>{t("noRounds")}</p>}

      {page.rounds.map((round) => {
        const answered = round.invitations.filter((i) => i.status === "SUBMITTED").length;
        return (
          <section key={round.number} aria-labelledby={`round-${round.number}`} className="space-y-4">
            <h2 id={`round-${round.number}`} className="text-2xl">
              {t("roundTitle", { number: round.number })}
            </h2>
            <p>
              {t("roundFacts", { answered, invited: round.invitations.length })} · {t("deadline")}: <DateText date={round.deadline} /> ·{" "}
              {round.closedAt === null ? t("roundOpen") : t("roundClosed")}
            </p>
            {round.message !== "" && <p className="whitespace-pre-line rounded bg-slate-50 p-3">{round.message}</p>}
            <table className="w-full text-left">
              <caption className="text-left font-semibold">{t("invitedTable")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("organisation")}</th>
                  <th scope="col">{t("responseStatus")}</th>
                </tr>
              </thead>
              <tbody>
                {round.invitations.map((invitation) => (
                  <tr key={invitation.organisationName} className="border-t border-slate-300">
                    <td>{invitation.organisationName}</td>
                    <td>{t(`invitationStatus.${invitation.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {round.responses.some((r) => r.generalText !== "") && (
              <>
                <h3 className="text-xl">{t("generalResponses")}</h3>
                <ul className="space-y-3">
                  {round.responses
                    .filter((r) => r.generalText !== "")
                    .map((r) => (
                      <li key={r.organisationName} className="rounded border border-slate-300 p-3">
                        <p className="font-semibold">{r.organisationName}</p>
                        <p className="whitespace-pre-line">{r.generalText}</p>
                      </li>
                    ))}
                </ul>
              </>
            )}
            <h3 className="text-xl">{t("commentsByItem")}</h3>
            {round.byAnchor.length === 0 && <p>{t("noComments")}</p>}
            {round.byAnchor.map((group) => (
              <div key={group.anchorLabel} className="space-y-2">
                <h4 className="font-semibold">{group.anchorLabel === "" ? t("anchorProgramme") : group.anchorLabel}</h4>
                {page.canDispose ? (
                  <ul className="space-y-3">
                    {group.comments.map((comment) => (
                      <li key={comment.id} className="space-y-2 rounded border border-slate-300 p-3">
                        <p className="text-sm font-semibold">{comment.organisationName}</p>
                        <p className="whitespace-pre-line">{comment.text}</p>
                        <DispositionForm commentId={comment.id} current={comment.disposition} label={`${comment.organisationName}: ${comment.text.slice(0, 40)}`} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <CommentList comments={group.comments} />
                )}
              </div>
            ))}
          </section>
        );
      })}

      {page.canClose && (
        <section aria-labelledby="close-title" className="space-y-3">
          <h2 id="close-title" className="text-2xl">
            {t("closeTitle")}
          </h2>
          <p>{t("closeIntro")}</p>
          <CloseConsultationButton versionId={version.versionId} />
        </section>
      )}
      <p>
        <Link href={versionHref}>{t("backToVersion")}</Link>
      </p>
    </div>
  );
}
