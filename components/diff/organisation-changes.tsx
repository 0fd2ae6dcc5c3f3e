import Link from "next/link";
import { useTranslations } from "next-intl";
import { TimeframeText } from "@/components/action-items/timeframe-text";
import { FieldChangeTable } from "@/components/diff/field-change-table";
import type { ChangesForOrganisation, IndicatorChangeView, IndicatorView, ItemRole, OrganisationItemChange, ResponsibilityChangeView } from "@/lib/decision-basis/types";

/**
 * "Det här har ändrats för <organisation>": the top of the decision page and the remiss page.
 * Every action the organisation is named in (before or after) that changed, field by field, its
 * indicators value by value, responsibilities with names; then the county board's summary and a
 * link to every change of the version. A first version lists the organisation's actions instead.
 */
export function OrganisationChanges({ changes, allChangesHref }: { changes: ChangesForOrganisation; allChangesHref: string | null }) {
  const t = useTranslations("decisionBasis");
  const organisation = changes.organisationName;
  return (
    <>
      <section aria-labelledby="organisation-changes-title" className="space-y-4" data-testid="organisation-changes">
        <h2 id="organisation-changes-title" className="text-2xl">
          {t("changedFor", { organisation })}
        </h2>
        {changes.basisNumber === null ? (
          <FirstVersion changes={changes} />
        ) : (
          <>
            <p>{t("revisionOf", { number: changes.basisNumber, organisation })}</p>
            {changes.changes.length === 0 ? (
              <p>{t("noChanges", { organisation })}</p>
            ) : (
              <>
                <p>{t("changeCount", { count: changes.changes.length, organisation })}</p>
                <ol className="space-y-4">
                  {changes.changes.map((change) => (
                    <li key={change.key}>
                      <ChangeCard change={change} />
                    </li>
                  ))}
                </ol>
              </>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="change-summary-title" className="space-y-2">
        <h2 id="change-summary-title" className="text-2xl">
          {t("changeSummaryTitle")}
        </h2>
        {changes.changeSummary === "" ? <p>{t("noChangeSummary")}</p> : <p className="whitespace-pre-line" data-testid="change-summary">{changes.changeSummary}</p>}
        {allChangesHref !== null && changes.basisNumber !== null && (
          <p>
            <Link href={allChangesHref}>{t("allChanges", { number: changes.basisNumber })}</Link>
          </p>
        )}
      </section>
    </>
  );
}

function FirstVersion({ changes }: { changes: ChangesForOrganisation }) {
  const t = useTranslations("decisionBasis");
  const organisation = changes.organisationName;
  if (changes.items.length === 0) return <p>{t("noItems", { organisation })}</p>;
  return (
    <>
      <p>{t("firstVersion", { organisation })}</p>
      <ul className="space-y-2" data-testid="organisation-items">
        {changes.items.map((item) => (
          <li key={item.key} className="rounded border border-slate-300 p-3">
            <p className="font-semibold">{t("itemHeading", { number: item.number, title: item.title })}</p>
            <p className="text-sm">
              {t("role", { role: t(`roles.${item.role}`) })} · {t("focusArea", { focusArea: item.focusArea })} · {t("timeframe")}:{" "}
              <TimeframeText {...item.timeframe} />
            </p>
            {item.indicators.length > 0 && (
              <ul className="mt-1 list-disc pl-6 text-sm">
                {item.indicators.map((indicator) => (
                  <li key={indicator.name}>
                    <IndicatorLine indicator={indicator} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

const kindLook: Record<OrganisationItemChange["kind"], string> = {
  added: "border-green-800 bg-green-50 text-green-900",
  removed: "border-red-800 bg-red-50 text-red-900",
  changed: "border-sky-800 bg-sky-50 text-sky-900",
};

function ChangeCard({ change }: { change: OrganisationItemChange }) {
  const t = useTranslations("decisionBasis");
  const tDiff = useTranslations("diff");
  const role = (value: ItemRole) => t(`roles.${value}`);
  const roleText =
    change.roleBefore !== null && change.roleAfter !== null && change.roleBefore !== change.roleAfter
      ? t("roleChanged", { before: role(change.roleBefore), after: role(change.roleAfter) })
      : t("role", { role: role(change.roleAfter ?? change.roleBefore ?? "PARTNER") });
  return (
    <article className="space-y-3 rounded border border-slate-300 p-4" data-testid={`organisation-change-${change.kind}`}>
      <h3 className="text-lg font-semibold">
        <span className={`mr-2 inline-block rounded border px-2 py-0.5 text-sm ${kindLook[change.kind]}`}>{t(`kinds.${change.kind}`)}</span>
        {t("itemHeading", { number: change.number, title: change.title })}
      </h3>
      <p className="text-sm">
        {t("focusArea", { focusArea: change.focusArea })} · {roleText}
      </p>
      {change.moved !== null && <p>{t("moved", change.moved)}</p>}
      {change.kind !== "changed" && (
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {change.description !== "" && (
            <>
              <dt className="font-semibold">{t("description")}</dt>
              <dd className="whitespace-pre-wrap">{change.description}</dd>
            </>
          )}
          <dt className="font-semibold">{t("timeframe")}</dt>
          <dd>
            <TimeframeText {...change.timeframe} />
          </dd>
        </dl>
      )}
      <FieldChangeTable
        caption={t("fieldsCaption", { number: change.number })}
        rows={change.fields.map((f) => ({ key: f.field, label: tDiff(`fields.${f.field}`), before: f.before, after: f.after }))}
      />
      {change.indicators.length > 0 && (
        <div className="space-y-1">
          <h4 className="font-semibold">{t("indicatorsTitle")}</h4>
          <ul className="space-y-2" data-testid="indicator-changes">
            {change.indicators.map((indicator) => (
              <li key={indicator.key}>
                <IndicatorChange change={indicator} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {change.responsibility.length > 0 && (
        <div className="space-y-1">
          <h4 className="font-semibold">{t("responsibilityTitle")}</h4>
          <ul className="list-disc pl-6" data-testid="responsibility-changes">
            {change.responsibility.map((r, index) => (
              <li key={index}>
                <Responsibility change={r} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

function IndicatorLine({ indicator }: { indicator: IndicatorView }) {
  const t = useTranslations("decisionBasis");
  return (
    <>
      {indicator.name}: {t("indicatorValues", { baseline: indicator.baseline || "–", target: indicator.target || "–" })}
    </>
  );
}

function IndicatorChange({ change }: { change: IndicatorChangeView }) {
  const t = useTranslations("decisionBasis");
  if (change.kind !== "changed") {
    return (
      <p>
        {t(change.kind === "added" ? "indicatorAdded" : "indicatorRemoved", { name: change.indicator.name })}.{" "}
        {t("indicatorValues", { baseline: change.indicator.baseline || "–", target: change.indicator.target || "–" })}
      </p>
    );
  }
  return (
    <>
      <p>{t("indicatorChanged", { name: change.name })}</p>
      <ul className="pl-4">
        {change.changes.map((aspect) => {
          // A value with its year is read as one: "90 % (2021)" never breaks inside.
          const keep = aspect.aspect === "baseline" || aspect.aspect === "target" ? " whitespace-nowrap" : "";
          return (
            <li key={aspect.aspect} data-testid={`indicator-${aspect.aspect}`}>
              <span className="font-semibold">{t(`aspects.${aspect.aspect}`)}:</span>{" "}
              <del className={`bg-red-50 px-1 no-underline${keep}`}>{aspect.before || t("empty")}</del> <span aria-hidden="true">→</span>
              <span className="sr-only"> {t("changesTo")} </span> <ins className={`bg-green-50 px-1 no-underline${keep}`}>{aspect.after || t("empty")}</ins>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Responsibility({ change }: { change: ResponsibilityChangeView }) {
  const tDiff = useTranslations("diff");
  const role = (value: "RESPONSIBLE" | "PARTNER") => tDiff(`roles.${value}`);
  switch (change.kind) {
    case "added":
      return <>{tDiff("responsibilityAdded", { organisation: change.organisation, role: role(change.role) })}</>;
    case "removed":
      return <>{tDiff("responsibilityRemoved", { organisation: change.organisation, role: role(change.role) })}</>;
    case "roleChanged":
      return <>{tDiff("responsibilityRole", { organisation: change.organisation, before: role(change.before), after: role(change.after) })}</>;
    case "leadChanged":
      return <>{tDiff("leadChanged", { before: change.before ?? tDiff("none"), after: change.after ?? tDiff("none") })}</>;
    case "replaced":
      return <>{tDiff("responsibilityReplaced", { before: change.before, after: change.after, role: role(change.role) })}</>;
  }
}
