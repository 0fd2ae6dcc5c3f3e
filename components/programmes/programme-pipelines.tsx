import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { PipelineVersion, PipelineWaiting, ProgrammePipeline } from "@/lib/programmes/types";

/**
 * The coordinator's programmes on the workspace home: per version a step indicator (an ordered
 * list, the current step marked aria-current="step" and in words, never by colour alone), what it
 * waits on and on whom, and the next step as a link to the page where it is done.
 */
export function ProgrammePipelines({ programmes }: { programmes: readonly ProgrammePipeline[] }) {
  const t = useTranslations("pipeline");
  const tStrategies = useTranslations("strategies");
  return (
    <section aria-labelledby="pipeline-title" className="space-y-4" data-testid="programme-pipelines">
      <h2 id="pipeline-title" className="text-2xl">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {programmes.length === 0 && <p>{t("none")}</p>}
      <ul className="space-y-6">
        {programmes.map((programme) => (
          <li key={programme.id} className="space-y-3 rounded border border-slate-300 p-4">
            <h3 className="text-xl">
              <Link href={programme.href}>{programme.title}</Link>
            </h3>
            <p className="text-sm text-slate-700">{programme.countyName}</p>
            {programme.versions.map((version) => (
              <PipelineVersionBlock key={version.number} programme={programme} version={version} />
            ))}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/arbetsyta/strategier">{tStrategies("workspaceLink")}</Link>
      </p>
    </section>
  );
}

function PipelineVersionBlock({ programme, version }: { programme: ProgrammePipeline; version: PipelineVersion }) {
  const t = useTranslations("pipeline");
  return (
    <div className="space-y-2 border-t border-slate-200 pt-3" data-testid={`pipeline-version-${version.number}`}>
      <h4 className="font-semibold">
        <Link href={version.href}>{t("version", { number: version.number, title: version.title })}</Link>
      </h4>
      <StepIndicator number={version.number} steps={version.steps} />
      <Waiting waiting={version.waiting} />
      {version.next !== null && (
        <p>
          <Link
            href={version.next.href}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900"
          >
            {t(`next.${version.next.action}`)}
            <span className="sr-only">
              {" "}
              – {t("version", { number: version.number, title: programme.title })}
            </span>
          </Link>
        </p>
      )}
    </div>
  );
}

/** Utkast → Remiss → Ställningstagande → Fastställd → Publicerad; done steps ticked, the current one in words. */
function StepIndicator({ number, steps }: { number: number; steps: PipelineVersion["steps"] }) {
  const t = useTranslations("pipeline");
  return (
    <ol aria-label={t("stepsLabel", { number })} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      {steps.map(({ step, state }, index) => (
        <li key={step} aria-current={state === "CURRENT" ? "step" : undefined} className="flex items-center gap-x-2">
          <span className={state === "CURRENT" ? "rounded border-2 border-slate-900 px-2 py-0.5 font-semibold" : "py-0.5 text-slate-700"}>
            <span aria-hidden="true">{state === "DONE" ? "✓ " : state === "CURRENT" ? "● " : "○ "}</span>
            {t(`steps.${step}`)}
            {state === "DONE" && <span className="sr-only"> ({t("stepDone")})</span>}
            {state === "CURRENT" && <span> ({t("stepCurrent")})</span>}
          </span>
          {index < steps.length - 1 && (
            <span aria-hidden="true" className="text-slate-700">
              →
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

function Waiting({ waiting }: { waiting: PipelineWaiting }) {
  const t = useTranslations("pipeline");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const list = (names: readonly string[]) => format.list(names, { type: "conjunction" });
  switch (waiting.kind) {
    case "DRAFT":
      return <p>{t(waiting.consulted ? "waiting.draftConsulted" : "waiting.draftNew")}</p>;
    case "CONSULTATION":
      return (
        <>
          <p data-testid="pipeline-waiting">
            {waiting.deadline === null
              ? t("waiting.consultationNoDeadline", { submitted: waiting.submitted, awaited: waiting.awaited })
              : t("waiting.consultation", { submitted: waiting.submitted, awaited: waiting.awaited, deadline: day(waiting.deadline) })}
          </p>
          {waiting.awaitedOrganisations.length > 0 && (
            <p className="text-sm">{t("waiting.awaitedFrom", { organisations: waiting.awaitedOrganisations.join(", ") })}</p>
          )}
        </>
      );
    case "ENDORSEMENT":
      return (
        <>
          <p data-testid="pipeline-waiting">
            {t("waiting.endorsement", { endorsed: waiting.endorsed, required: waiting.required })}
            {waiting.missing.length > 0 && `; ${t("waiting.missing", { organisations: waiting.missing.join(", ") })}`}
          </p>
          {waiting.declined.length > 0 && <p>{t("waiting.declined", { organisations: list(waiting.declined) })}</p>}
        </>
      );
    case "RATIFIED":
      return <p>{waiting.ratificationDate === null ? t("waiting.ratifiedNoDate") : t("waiting.ratified", { date: day(waiting.ratificationDate) })}</p>;
    case "PUBLISHED":
      return <p>{t(waiting.hasOpenVersion ? "waiting.publishedWithOpen" : "waiting.published", { date: day(waiting.validTo) })}</p>;
  }
}
