import { useTranslations } from "next-intl";
import { PeriodText } from "@/components/programmes/date-text";
import type { VersionPage } from "@/lib/programmes/types";

/** The fields of a version that cannot be edited, with the reason in words. */
export function VersionFieldsReadonly({ version, lockReason }: Pick<VersionPage, "version" | "lockReason">) {
  const t = useTranslations("versions");
  const tProgrammes = useTranslations("programmes");
  return (
    <div className="space-y-4">
      {lockReason !== null && (
        <p className="rounded border-l-4 border-slate-600 bg-slate-100 p-3" data-testid="lock-reason">
          {t(`lockReason.${lockReason}`)}
        </p>
      )}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("fields.title")}</dt>
        <dd>{version.title}</dd>
        <dt className="font-semibold">{tProgrammes("columns.validity")}</dt>
        <dd>
          <PeriodText from={version.validFrom} to={version.validTo} />
        </dd>
        <dt className="font-semibold">{t("fields.substances")}</dt>
        <dd>{version.substances.map((code) => tProgrammes(`substanceNames.${code}`)).join(", ")}</dd>
        <dt className="font-semibold">{t("fields.nationalStrategyId")}</dt>
        <dd>{version.nationalStrategy.shortTitle}</dd>
        <dt className="font-semibold">{t("fields.changeSummary")}</dt>
        <dd className="whitespace-pre-wrap">{version.changeSummary === "" ? "–" : version.changeSummary}</dd>
      </dl>
    </div>
  );
}
