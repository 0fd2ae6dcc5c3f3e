import { useTranslations } from "next-intl";
import { CalendarDate } from "@/components/public/calendar-date";
import { TimeframeText } from "@/components/public/timeframe-text";
import { ValidityLabel } from "@/components/public/validity-label";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicLocale, PublicOrganisation } from "@/lib/publications/types";
import { paragraphText } from "@/lib/endorsements/schema";

/** Every action an organisation is responsible for or partners in, across programmes. */
export function OrganisationView({ organisation, locale }: { organisation: PublicOrganisation; locale: PublicLocale }) {
  const t = useTranslations("public.organisation");
  const tEndorsement = useTranslations("public.endorsements");
  const tStatus = useTranslations("followUpStatus");
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{organisation.name}</h1>
        <p>
          {t(`kinds.${organisation.kind}`)}
          {organisation.county !== null && (
            <>
              {", "}
              <a href={publicPath(locale, `/lan/${organisation.county.slug}`)}>{organisation.county.name}</a>
            </>
          )}
        </p>
      </header>
      <section aria-labelledby="actions" className="space-y-6">
        <h2 id="actions" className="text-2xl">
          {t("actionsTitle")}
        </h2>
        {organisation.programmes.length === 0 && <p>{t("noActions")}</p>}
        {organisation.programmes.map((programme) => (
          <section key={`${programme.county.slug}/${programme.programme.slug}`} aria-labelledby={`org-program-${programme.programme.slug}`} className="space-y-2">
            <h3 id={`org-program-${programme.programme.slug}`} className="text-xl">
              <a href={publicPath(locale, `/lan/${programme.county.slug}/${programme.programme.slug}/version/${programme.versionNumber}`)}>
                {t("programmeVersion", { title: programme.programme.title, number: programme.versionNumber })}
              </a>{" "}
              <ValidityLabel validity={programme.validity} />
            </h3>
            {/* A list rather than a table: it reads the same on a phone, nothing scrolls sideways. */}
            <ul className="divide-y divide-slate-300 border-y border-slate-300" aria-label={t("actionsCaption", { programme: programme.programme.title })}>
              {programme.actions.map((action) => (
                <li key={action.number} className="space-y-1 py-2">
                  <a
                    className="break-words font-semibold"
                    href={publicPath(locale, `/lan/${programme.county.slug}/${programme.programme.slug}/version/${programme.versionNumber}#atgard-${action.number}`)}
                  >
                    {action.number} {action.title}
                  </a>
                  <dl className="grid gap-x-4 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="text-slate-700">{t("role")}</dt>
                    <dd>{action.lead ? t("roleLead") : t(`roles.${action.role}`)}</dd>
                    <dt className="text-slate-700">{t("focusArea")}</dt>
                    <dd className="break-words">{action.focusArea}</dd>
                    <dt className="text-slate-700">{t("timeframe")}</dt>
                    <dd>
                      <TimeframeText timeframe={action.timeframe} />
                    </dd>
                    <dt className="text-slate-700">{t("followUp")}</dt>
                    <dd>
                      {action.followUp === null
                        ? t("followUpNone")
                        : t("followUpYear", { status: tStatus(action.followUp.status ?? "NONE"), year: action.followUp.year })}
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="decisions" className="space-y-3">
        <h2 id="decisions" className="text-2xl">
          {t("decisionsTitle")}
        </h2>
        {organisation.endorsements.length === 0 ? (
          <p>{t("noDecisions")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {organisation.endorsements.map((e) => (
              <li key={`${e.programme.slug}/${e.versionNumber}`}>
                <a href={publicPath(locale, `/lan/${e.county.slug}/${e.programme.slug}/version/${e.versionNumber}`)}>
                  {t("programmeVersion", { title: e.programme.title, number: e.versionNumber })}
                </a>
                {": "}
                {tEndorsement(`status.${e.status}`)}
                {e.decisionBody !== null && `, ${e.decisionBody}`} <CalendarDate date={e.decisionDate} />
                {e.paragraph !== null && `, ${paragraphText(e.paragraph)}`}
                {e.diarienummer !== null && `, ${tEndorsement("diarienummer")} ${e.diarienummer}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
