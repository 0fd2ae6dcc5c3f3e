"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { z } from "zod";
import { IndicatorFields } from "@/components/action-items/indicator-fields";
import { OrganisationPicker } from "@/components/action-items/organisation-picker";
import { TimeframeFields } from "@/components/action-items/timeframe-fields";
import { TimeframeText } from "@/components/action-items/timeframe-text";
import { ConflictResolver, type ConflictChoices, type ConflictField } from "@/components/editor/conflict-resolver";
import { FieldError } from "@/components/editor/field-error";
import { formDataToRecord } from "@/lib/actions/form-data";
import { actionItemAnchor } from "@/lib/focus-areas/schema";
import { errorBoxClass, inputClass, primaryButtonClass, secondaryButtonClass, successBoxClass } from "@/components/editor/form-styles";
import { usePersistedDraft } from "@/components/ui/use-persisted-draft";
import {
  createActionItemSchema,
  differingGroups,
  indicatorFieldName,
  indicatorRowKeys,
  indicatorRowsField,
  isIndicatorFieldName,
  isItemFieldErrorCode,
  ITEM_TITLE_MAX,
  leadField,
  mergeConflict,
  organisationsField,
  roleFieldName,
  roleIn,
  updateActionItemSchema,
  type ConflictGroup,
  type RoleChoice,
} from "@/lib/action-items/schema";
import type { FocusAreaChoice, FormValues, ItemFormState } from "@/lib/action-items/types";
import { idleFormState } from "@/lib/actions/form-state";
import type { FieldErrors } from "@/lib/actions/types";
import type { OrganisationOption } from "@/lib/organisations/types";

type Mode =
  | { kind: "edit"; itemId: string; revision: number }
  | {
      kind: "create";
      /** Where the draft is kept: one new-action draft per version. */
      draftScope: string;
      focusAreas: readonly FocusAreaChoice[];
      suggestedNumbers: Record<string, string>;
    };

type Props = {
  mode: Mode;
  initialValues: FormValues;
  organisations: readonly OrganisationOption[];
  action: (state: ItemFormState, formData: FormData) => Promise<ItemFormState>;
  /** The content page: where "back" leads and where a new action is announced. */
  contentHref: string;
  /** The version numbers its actions by place: the number is shown, not edited. */
  autoNumbering: boolean;
};

const FORM_ID = "item";
const fieldId = (field: string) => `${FORM_ID}-${field}`;

/**
 * The item form: number, title, description, timeframe, follow-up, organisations (with one lead)
 * and indicators. Never loses an edit: everything typed is kept in the browser (with the revision
 * it started from) until the server has it, so it survives a failed save, a reload and an expired
 * session; a save from a stale revision is refused by the server and shown here as the user's text
 * beside the current text, to choose from and save again.
 */
export function ItemForm({ mode, initialValues, organisations, action, contentHref, autoNumbering }: Props) {
  const t = useTranslations("items");
  const te = useTranslations("editor");
  const tp = useTranslations("organisationPicker");
  const tn = useTranslations("editing");
  const router = useRouter();
  const pathname = usePathname();

  // After a save the server's stored values are the new starting point (the page's props follow
  // once it re-renders; whichever is newer wins).
  const [saved, setSaved] = useState<{ revision: number; values: FormValues } | null>(null);
  const propsRevision = mode.kind === "edit" ? mode.revision : 0;
  const base = saved !== null && saved.revision >= propsRevision ? saved : { revision: propsRevision, values: initialValues };
  const initial = useMemo(
    () => (mode.kind === "edit" ? { ...base.values, revision: String(base.revision) } : base.values),
    [mode.kind, base.values, base.revision],
  );
  const draft = usePersistedDraft(mode.kind === "edit" ? `item:${mode.itemId}` : `item:new:${mode.draftScope}`, initial);
  const values = draft.values;
  const [hasTyped, setHasTyped] = useState(false);
  const setField = (name: string, value: string) => {
    setHasTyped(true);
    draft.setField(name, value);
  };

  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [resolvedConflict, setResolvedConflict] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [, startTransition] = useTransition();

  const [state, dispatch, isPending] = useActionState<ItemFormState, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    if (next.status === "success") {
      draft.clear();
      if (mode.kind === "create") {
        // Back to the content page at the new action's row, not at the top of a long page.
        router.push(`${contentHref}?${new URLSearchParams({ tillagd: next.data.stableKey }).toString()}#${actionItemAnchor(next.data.stableKey)}`);
      } else {
        setSaved({ revision: next.data.revision, values: next.data.values });
      }
    }
    return next;
  }, idleFormState);

  const serverErrors: FieldErrors = state.status === "error" ? state.fieldErrors : {};
  const errors: FieldErrors = Object.keys(clientErrors).length > 0 ? clientErrors : serverErrors;
  const errorFor = (field: string): string | undefined => {
    const code = errors[field]?.[0];
    if (code === undefined) return undefined;
    return isItemFieldErrorCode(code) ? t(`fieldErrors.${code}`) : t("fieldErrors.invalid");
  };

  // Move focus to the error summary when a save is refused for the form's content.
  const errorCount = Object.keys(errors).length;
  useEffect(() => {
    if (errorCount > 0) summaryRef.current?.focus();
  }, [errorCount, clientErrors, state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    // The same schema as the server action: messages beside the fields before a round trip.
    const record = formDataToRecord(formData);
    const parsed = mode.kind === "edit" ? updateActionItemSchema.safeParse(record) : createActionItemSchema.safeParse(record);
    if (parsed.error !== undefined) {
      const fieldErrors: FieldErrors = z.flattenError<unknown>(parsed.error).fieldErrors;
      setClientErrors(fieldErrors);
      return;
    }
    setClientErrors({});
    setResolvedConflict(false);
    startTransition(() => dispatch(formData));
  }

  function onRoleChange(organisationId: string, role: RoleChoice) {
    setField(roleFieldName(organisationId), role);
    const lead = values[leadField] ?? "";
    const responsible = organisations.filter((o) => (o.id === organisationId ? role : roleIn(values, o.id)) === "RESPONSIBLE");
    // The lead is one of the responsible: the first one chosen becomes it, and it goes when it stops being responsible.
    if (role === "RESPONSIBLE" && lead === "" && responsible.length === 1) setField(leadField, organisationId);
    if (role !== "RESPONSIBLE" && lead === organisationId) setField(leadField, "");
  }

  function onFocusAreaChange(focusAreaId: string) {
    if (mode.kind !== "create") return;
    const previousSuggestion = mode.suggestedNumbers[values["focusAreaId"] ?? ""] ?? "";
    setField("focusAreaId", focusAreaId);
    // A number still as suggested follows the focus area; one the user wrote stays.
    if ((values["number"] ?? "") === previousSuggestion) setField("number", mode.suggestedNumbers[focusAreaId] ?? "");
  }

  // ───────────── Conflict: the user's text beside the saved one ─────────────
  const conflict = state.status === "conflict" && !resolvedConflict ? state.conflict : null;
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  const describeGroup = (source: FormValues, group: ConflictGroup): ReactNode => {
    const text = (name: string) => (source[name] ?? "").trim() || te("conflict.empty");
    switch (group) {
      case "number":
      case "title":
      case "description":
      case "followUpText":
        return text(group);
      case "timeframe":
        return (
          <TimeframeText
            kind={source["timeframeKind"] ?? "ONGOING"}
            startYear={source["startYear"] ?? ""}
            endYear={source["endYear"] ?? ""}
            startDate={source["startDate"] ?? ""}
            endDate={source["endDate"] ?? ""}
          />
        );
      case "organisations": {
        const withRole = (role: RoleChoice) =>
          Object.keys(source)
            .filter((name) => name.startsWith("role."))
            .map((name) => name.slice("role.".length))
            .filter((id) => roleIn(source, id) === role)
            .map(organisationName)
            .join(", ") || tp("summaryNone");
        const lead = source[leadField] ?? "";
        return t("conflictOrganisations", {
          responsible: withRole("RESPONSIBLE"),
          lead: lead === "" ? tp("summaryNone") : organisationName(lead),
          partners: withRole("PARTNER"),
        });
      }
      case "indicators": {
        const rows = indicatorRowKeys(source);
        if (rows.length === 0) return t("noIndicators");
        return (
          <ul className="list-disc pl-5">
            {rows.map((key) => (
              <li key={key}>
                {t("conflictIndicator", {
                  name: source[indicatorFieldName(key, "name")] ?? "",
                  unit: source[indicatorFieldName(key, "unit")] ?? "",
                  baseline: source[indicatorFieldName(key, "baseline")] ?? "",
                  baselineYear: source[indicatorFieldName(key, "baselineYear")] ?? "",
                  target: source[indicatorFieldName(key, "target")] ?? "",
                  targetYear: source[indicatorFieldName(key, "targetYear")] ?? "",
                  dataSource: source[indicatorFieldName(key, "dataSource")] ?? "",
                })}
              </li>
            ))}
          </ul>
        );
      }
    }
  };
  const conflictFields: ConflictField[] =
    conflict === null
      ? []
      : differingGroups(values, conflict.current).map((group) => ({
          key: group,
          label: t(`conflictGroups.${group}`),
          mine: describeGroup(values, group),
          theirs: describeGroup(conflict.current, group),
        }));

  function resolveConflict(choices: ConflictChoices) {
    if (conflict === null) return;
    const groupChoices = Object.fromEntries(
      differingGroups(values, conflict.current).map((group) => [group, choices[group] === "theirs" ? "theirs" : "mine"]),
    );
    const merged = mergeConflict(values, conflict.current, groupChoices);
    // Write every field of the merged values (and the fields that went away as empty), then move
    // the draft to the current revision: the next save is against what is stored now.
    for (const name of new Set([...Object.keys(values), ...Object.keys(merged)])) {
      if (name !== "revision" && name !== "focusAreaId" && (values[name] ?? "") !== (merged[name] ?? "")) setField(name, merged[name] ?? "");
    }
    setField("revision", String(conflict.revision));
    setResolvedConflict(true);
  }

  // ───────────── Messages ─────────────
  const generalError =
    state.status === "error" && state.code !== "VALIDATION" ? t(`errors.${state.code}`) : null;
  const fieldLabel = (field: string): string => {
    if (field === organisationsField) return tp("legend");
    if (field === leadField) return tp("leadLegend");
    if (field === indicatorRowsField) return t("indicatorsLegend");
    if (field.startsWith("role.")) return organisationName(field.slice("role.".length));
    const indicator = /^indicator\.(.+)\.([A-Za-z]+)$/.exec(field);
    if (indicator !== null) {
      const [, key = "", name] = indicator;
      const index = indicatorRowKeys(values).indexOf(key);
      return `${t("indicatorLegend", { n: index + 1 })}: ${t(`indicatorFields.${isIndicatorFieldName(name) ? name : "name"}`)}`;
    }
    switch (field) {
      case "number":
        return t("numberLabel");
      case "title":
        return t("titleLabel");
      case "description":
        return t("descriptionLabel");
      case "followUpText":
        return t("followUpLabel");
      case "focusAreaId":
        return t("focusAreaLabel");
      case "startYear":
      case "endYear":
      case "startDate":
      case "endDate":
        return t(field);
      default:
        return t("timeframeLegend");
    }
  };
  const described = (field: string, hint?: string) =>
    [hint, errorFor(field) === undefined ? undefined : `${fieldId(field)}-error`].filter(Boolean).join(" ") || undefined;

  const submitLabel = mode.kind === "edit" ? (isPending ? t("saving") : t("save")) : isPending ? t("creating") : t("create");
  const showRestored = draft.hasStoredDraft && !hasTyped && state.status === "idle";
  // An expired session: the draft is in this browser, so signing in again brings the user back to it.
  const signInHref = `/logga-in?${new URLSearchParams({ callbackUrl: pathname }).toString()}`;

  return (
    <div className="space-y-6">
      {showRestored && (
        <div className="flex flex-wrap items-center gap-3 rounded border-l-4 border-amber-700 bg-amber-50 p-3" data-testid="restored-draft">
          <p>{te("restoredDraft")}</p>
          <button type="button" className={secondaryButtonClass} onClick={draft.clear}>
            {te("discardDraft")}
          </button>
        </div>
      )}
      {conflict !== null && <ConflictResolver fields={conflictFields} onResolve={resolveConflict} />}
      {errorCount > 0 && (
        <div ref={summaryRef} tabIndex={-1} className={errorBoxClass} data-testid="error-summary">
          <h2 className="text-lg font-semibold">{t("errorSummaryTitle")}</h2>
          <ul className="list-disc pl-5">
            {Object.keys(errors).map((field) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`}>
                  {fieldLabel(field)}: {errorFor(field)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={mode.kind === "edit" ? t("save") : t("newTitle")}>
        {mode.kind === "edit" && (
          <>
            <input type="hidden" name="itemId" value={mode.itemId} />
            <input type="hidden" name="revision" value={values["revision"] ?? String(base.revision)} />
          </>
        )}
        {mode.kind === "create" && (
          <div className="space-y-1">
            <label htmlFor={fieldId("focusAreaId")} className="block font-semibold">
              {t("focusAreaLabel")}
            </label>
            <FieldError id={`${fieldId("focusAreaId")}-error`} message={errorFor("focusAreaId")} />
            <select
              id={fieldId("focusAreaId")}
              name="focusAreaId"
              value={values["focusAreaId"] ?? ""}
              onChange={(event) => onFocusAreaChange(event.target.value)}
              aria-describedby={described("focusAreaId")}
              className={inputClass}
            >
              {mode.focusAreas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor={fieldId("number")} className="block font-semibold">
            {t("numberLabel")}
          </label>
          <p id={`${fieldId("number")}-hint`} className="text-sm text-slate-700">
            {autoNumbering ? tn("numberAuto") : t("numberHint")}
          </p>
          <FieldError id={`${fieldId("number")}-error`} message={errorFor("number")} />
          <input
            id={fieldId("number")}
            name="number"
            value={values["number"] ?? ""}
            onChange={(event) => setField("number", event.target.value)}
            readOnly={autoNumbering}
            aria-invalid={errorFor("number") !== undefined}
            aria-describedby={described("number", `${fieldId("number")}-hint`)}
            className="block w-32 rounded border-2 border-slate-600 px-3 py-2 read-only:border-slate-400 read-only:bg-slate-100 aria-invalid:border-red-700"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={fieldId("title")} className="block font-semibold">
            {t("titleLabel")}
          </label>
          <p id={`${fieldId("title")}-hint`} className="text-sm text-slate-700">
            {t("titleHint")}
          </p>
          <FieldError id={`${fieldId("title")}-error`} message={errorFor("title")} />
          <input
            id={fieldId("title")}
            name="title"
            value={values["title"] ?? ""}
            maxLength={ITEM_TITLE_MAX * 2}
            onChange={(event) => setField("title", event.target.value)}
            aria-invalid={errorFor("title") !== undefined}
            aria-describedby={described("title", `${fieldId("title")}-hint`)}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={fieldId("description")} className="block font-semibold">
            {t("descriptionLabel")}
          </label>
          <FieldError id={`${fieldId("description")}-error`} message={errorFor("description")} />
          <textarea
            id={fieldId("description")}
            name="description"
            rows={6}
            value={values["description"] ?? ""}
            onChange={(event) => setField("description", event.target.value)}
            aria-invalid={errorFor("description") !== undefined}
            aria-describedby={described("description")}
            className={inputClass}
          />
        </div>
        <TimeframeFields values={values} setField={setField} errorFor={errorFor} fieldId={fieldId} />
        <div className="space-y-1">
          <label htmlFor={fieldId("followUpText")} className="block font-semibold">
            {t("followUpLabel")}
          </label>
          <p id={`${fieldId("followUpText")}-hint`} className="text-sm text-slate-700">
            {t("followUpHint")}
          </p>
          <FieldError id={`${fieldId("followUpText")}-error`} message={errorFor("followUpText")} />
          <textarea
            id={fieldId("followUpText")}
            name="followUpText"
            rows={3}
            value={values["followUpText"] ?? ""}
            onChange={(event) => setField("followUpText", event.target.value)}
            aria-invalid={errorFor("followUpText") !== undefined}
            aria-describedby={described("followUpText", `${fieldId("followUpText")}-hint`)}
            className={inputClass}
          />
        </div>
        <OrganisationPicker
          organisations={organisations}
          values={values}
          onRoleChange={onRoleChange}
          onLeadChange={(organisationId) => setField(leadField, organisationId)}
          errorFor={errorFor}
          fieldId={fieldId}
        />
        <IndicatorFields values={values} setField={setField} errorFor={errorFor} fieldId={fieldId} />
        <div aria-live="polite" data-testid="form-status">
          {generalError !== null && (
            <div className={errorBoxClass}>
              <p>{generalError}</p>
              {state.status === "error" && state.code === "UNAUTHENTICATED" && <Link href={signInHref}>{t("signInAgain")}</Link>}
            </div>
          )}
          {state.status === "success" && <p className={successBoxClass}>{t("saved")}</p>}
          {state.status === "conflict" && resolvedConflict && <p className={successBoxClass}>{te("conflict.applied")}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" aria-disabled={isPending ? true : undefined} className={primaryButtonClass}>
            {submitLabel}
          </button>
          <Link href={contentHref}>{t("backToContent")}</Link>
        </div>
      </form>
    </div>
  );
}
