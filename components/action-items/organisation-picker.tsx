"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FieldError } from "@/components/editor/field-error";
import { leadField, organisationsField, roleChoices, roleFieldName, roleIn, type RoleChoice } from "@/lib/action-items/schema";
import type { FormValues } from "@/lib/action-items/types";
import type { OrganisationOption, OrganisationPickerGroup } from "@/lib/organisations/types";

type Props = {
  organisations: readonly OrganisationOption[];
  values: FormValues;
  onRoleChange: (organisationId: string, role: RoleChoice) => void;
  onLeadChange: (organisationId: string) => void;
  errorFor: (field: string) => string | undefined;
  fieldId: (field: string) => string;
};

const groups: readonly OrganisationPickerGroup[] = ["COUNTY", "NATIONAL"];

function matches(organisation: OrganisationOption, filter: string): boolean {
  if (filter === "") return true;
  const needle = filter.toLocaleLowerCase("sv");
  return [organisation.name, organisation.shortName ?? ""].some((text) => text.toLocaleLowerCase("sv").includes(needle));
}

/**
 * Who is responsible for an action and who takes part: for every organisation a radio group (not
 * involved / responsible / partner), the county's organisations first, filterable by name; then the
 * lead, a radio among the responsible ones. Filtered-out organisations are hidden but keep their
 * choice (and are still sent with the form); the summary always names everyone chosen.
 */
export function OrganisationPicker({ organisations, values, onRoleChange, onLeadChange, errorFor, fieldId }: Props) {
  const t = useTranslations("organisationPicker");
  const [filter, setFilter] = useState("");
  const filterId = useId();
  const trimmed = filter.trim();
  const shown = organisations.filter((organisation) => matches(organisation, trimmed));
  const responsible = organisations.filter((organisation) => roleIn(values, organisation.id) === "RESPONSIBLE");
  const partners = organisations.filter((organisation) => roleIn(values, organisation.id) === "PARTNER");
  const lead = values[leadField] ?? "";
  const names = (list: readonly OrganisationOption[]) => list.map((o) => o.name).join(", ") || t("summaryNone");
  const pickerError = errorFor(organisationsField);
  const leadError = errorFor(leadField);

  return (
    <div className="space-y-6">
      <fieldset id={fieldId(organisationsField)} tabIndex={-1} className="space-y-3" aria-describedby={`${filterId}-hint`}>
        <legend className="text-xl font-semibold">{t("legend")}</legend>
        <p id={`${filterId}-hint`} className="text-sm text-slate-700">
          {t("hint")}
        </p>
        <FieldError id={`${fieldId(organisationsField)}-error`} message={pickerError} />
        <div className="rounded bg-slate-50 p-3" data-testid="organisation-summary">
          <p>{t("summaryResponsible", { names: names(responsible) })}</p>
          <p>{t("summaryPartners", { names: names(partners) })}</p>
        </div>
        <div className="space-y-1">
          <label htmlFor={filterId} className="block font-semibold">
            {t("filterLabel")}
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            autoComplete="off"
            onChange={(event) => setFilter(event.target.value)}
            // Enter in the search box filters; it must not save the whole form.
            onKeyDown={(event) => {
              if (event.key === "Enter") event.preventDefault();
            }}
            className="block w-full max-w-md rounded border-2 border-slate-600 px-3 py-2"
          />
          <p aria-live="polite" className="text-sm text-slate-700">
            {shown.length === 0 ? t("noMatch") : t("showing", { shown: shown.length, total: organisations.length })}
          </p>
        </div>
        {groups.map((group) => {
          const members = organisations.filter((organisation) => organisation.group === group);
          if (members.length === 0) return null;
          const visible = members.some((organisation) => matches(organisation, trimmed));
          return (
            <div key={group} hidden={!visible} className="space-y-2">
              <h3 className="text-lg font-semibold">{group === "COUNTY" ? t("countyGroup") : t("nationalGroup")}</h3>
              <ul className="divide-y divide-slate-200 rounded border border-slate-300">
                {members.map((organisation) => {
                  const field = roleFieldName(organisation.id);
                  const current = roleIn(values, organisation.id);
                  const error = errorFor(field);
                  return (
                    <li key={organisation.id} hidden={!matches(organisation, trimmed)} className="p-2">
                      <fieldset
                        id={fieldId(field)}
                        aria-describedby={error === undefined ? undefined : `${fieldId(field)}-error`}
                        className="flex flex-wrap items-center gap-x-4 gap-y-1"
                      >
                        <legend className="float-left mr-4 min-w-56 font-semibold">
                          {organisation.name}
                          {!organisation.selectable && <span className="font-normal text-amber-900"> ({t("notSelectable")})</span>}
                        </legend>
                        {roleChoices.map((choice) => (
                          <label key={choice} className="inline-flex items-center gap-1">
                            <input
                              type="radio"
                              name={field}
                              value={choice}
                              checked={current === choice}
                              disabled={!organisation.selectable && choice !== "NONE" && current !== choice}
                              onChange={() => onRoleChange(organisation.id, choice)}
                            />
                            {t(`roles.${choice}`)}
                          </label>
                        ))}
                        <FieldError id={`${fieldId(field)}-error`} message={error} />
                      </fieldset>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </fieldset>

      <fieldset
        id={fieldId(leadField)}
        tabIndex={-1}
        className="space-y-2"
        aria-describedby={[`${fieldId(leadField)}-hint`, leadError === undefined ? null : `${fieldId(leadField)}-error`].filter(Boolean).join(" ")}
      >
        <legend className="text-xl font-semibold">{t("leadLegend")}</legend>
        <p id={`${fieldId(leadField)}-hint`} className="text-sm text-slate-700">
          {t("leadHint")}
        </p>
        <FieldError id={`${fieldId(leadField)}-error`} message={leadError} />
        {responsible.length === 0 ? (
          <p>{t("leadNone")}</p>
        ) : (
          <ul className="space-y-1">
            {responsible.map((organisation) => (
              <li key={organisation.id}>
                <label className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name={leadField}
                    value={organisation.id}
                    checked={lead === organisation.id}
                    onChange={() => onLeadChange(organisation.id)}
                  />
                  {organisation.name}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </div>
  );
}
