import { useTranslations } from "next-intl";
import { CalendarDate } from "@/components/public/calendar-date";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicConsultationPage, PublicLocale } from "@/lib/publications/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The remissammanställning: every submitted comment with how the county board disposed of it. */
export function PublicConsultationView({ summary, locale }: { summary: PublicConsultationPage; locale: PublicLocale }) {
  const t = useTranslations("public.consultation");
  const versionPath = `/lan/${summary.county.slug}/${summary.programme.slug}/version/${summary.number}`;
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p>
          <a href={publicPath(locale, versionPath)}>{t("backToVersion", { number: summary.number })}</a>
        </p>
        <h1 className="text-3xl">{t("title", { title: summary.title, number: summary.number })}</h1>
        <p>{t("intro")}</p>
      </header>
      {summary.rounds.length === 0 && <p>{t("none")}</p>}
      {summary.rounds.map((round) => (
        <section key={round.number} aria-labelledby={`round-${round.number}`} className="space-y-4">
          <h2 id={`round-${round.number}`} className="text-2xl">
            {t("round", { number: round.number })}
          </h2>
          <p>
            {t("roundFacts", { invited: round.invitedCount, responded: round.responses.length })} · {t("deadline")} <CalendarDate date={round.deadline} />
          </p>
          {round.responses.map((response) => (
            <section key={response.organisationName} aria-label={response.organisationName} className="space-y-2 rounded border border-slate-300 p-4">
              <h3 className="text-xl">{response.organisationName}</h3>
              {response.generalText !== "" && <p className="whitespace-pre-line">{response.generalText}</p>}
              {response.comments.length > 0 && (
                <ScrollRegion label={t("commentsCaption", { organisation: response.organisationName })}>
                  <table className="w-full text-left">
                    <caption className="text-left font-semibold">{t("commentsCaption", { organisation: response.organisationName })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("anchor")}</th>
                        <th scope="col">{t("comment")}</th>
                        <th scope="col">{t("disposition")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {response.comments.map((comment) => (
                        <tr key={comment.id} className="border-t border-slate-300 align-top">
                          <td>{comment.anchorLabel === "" ? t("anchorProgramme") : comment.anchorLabel}</td>
                          <td className="whitespace-pre-line">{comment.text}</td>
                          <td>
                            {comment.disposition === null ? t("notDisposed") : t(`decisions.${comment.disposition.decision}`)}
                            {comment.disposition !== null && comment.disposition.reason !== "" && <span className="block text-sm">{comment.disposition.reason}</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              )}
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
