import Link from "next/link";
import { useTranslations } from "next-intl";
import { EditorBreadcrumbs } from "@/components/editor/editor-breadcrumbs";
import { ApplyImportForm, DiscardImportForm, ResolveImportForm } from "@/components/imports/import-forms";
import { contentEditorPath } from "@/lib/focus-areas/schema";
import { choiceFieldName, importPath, skipField } from "@/lib/imports/schema";
import { ALL_MUNICIPALITIES_CHOICE, OMIT_CHOICE, type ImportPreviewView, type ImportProblem, type PlannedRow } from "@/lib/imports/types";

const outcomeLook: Record<PlannedRow["outcome"], string> = {
  create: "bg-green-100 text-green-900",
  update: "bg-sky-100 text-sky-900",
  unchanged: "bg-slate-100 text-slate-800",
  skip: "bg-amber-100 text-amber-900",
};

// On narrow screens every row of the table is a card (no sideways scrolling).
const cell = "px-2 py-2 align-top max-md:block max-md:px-0 max-md:py-1";

function ProblemControl({ problem, disabled }: { problem: ImportProblem; disabled: boolean }) {
  const t = useTranslations("imports");
  const message = t(`problem.${problem.kind}`, { row: problem.rowNumber, column: problem.column, value: problem.value });
  const selectId = `choice-${problem.id.replace(/[^a-zA-Z0-9]/g, "-")}`;
  const label = (value: string, text: string) =>
    value === OMIT_CHOICE ? t("omit") : value === ALL_MUNICIPALITIES_CHOICE ? t("allMunicipalitiesChoice") : value === "EMPTY" ? t("emptyChoice") : text;
  return (
    <div className={`space-y-1 rounded border-l-4 p-2 ${problem.chosen === null && !disabled ? "border-red-700 bg-red-50" : "border-green-700 bg-green-50"}`}>
      {problem.choices.length === 0 ? (
        <p>{message}</p>
      ) : (
        <>
          <label htmlFor={selectId} className="block">
            {message}
          </label>
          <select id={selectId} name={choiceFieldName(problem.id)} defaultValue={problem.chosen ?? ""} className="block w-full max-w-full rounded border-2 border-slate-600 px-2 py-1">
            <option value="">{t("choose")}</option>
            {problem.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {label(choice.value, choice.label)}
              </option>
            ))}
          </select>
        </>
      )}
      {problem.chosen !== null && <p className="text-sm font-semibold text-green-900">{t("resolvedAs")}</p>}
    </div>
  );
}

function Details({ row }: { row: PlannedRow }) {
  const t = useTranslations("imports");
  const [lead, ...others] = row.responsibleNames;
  return (
    <ul className="space-y-0.5">
      {row.focusArea !== null && (
        <li>{row.focusArea.id === null ? t("focusAreaNew", { title: row.focusArea.title }) : row.match?.movesFocusArea ? t("movesTo", { title: row.focusArea.title }) : row.focusArea.title}</li>
      )}
      {lead !== undefined && <li>{t("lead", { name: lead })}</li>}
      {others.length > 0 && <li>{t("responsible", { names: others.join(", ") })}</li>}
      {row.partnerNames.length > 0 && <li>{t("partners", { names: row.partnerNames.join(", ") })}</li>}
      {row.timeframeText !== "" && <li>{t("timeframe", { text: row.timeframeText })}</li>}
      {row.content !== null && row.content.indicators.length > 0 && <li>{t("indicators", { names: row.content.indicators.map((indicator) => indicator.name).join(", ") })}</li>}
      {row.match !== null && <li className="text-slate-700">{t(`matchedBy.${row.match.by}`)}</li>}
    </ul>
  );
}

function PreviewRow({ row }: { row: PlannedRow }) {
  const t = useTranslations("imports");
  const parserSkipped = row.skipReason !== null && row.skipReason !== "chosen";
  const isSkipped = row.outcome === "skip";
  return (
    <tr className="border-t border-slate-300 max-md:block max-md:py-2">
      <th scope="row" className={`${cell} text-left font-semibold`}>
        <span className="md:sr-only">{t("colRow")} </span>
        {row.rowNumber}
      </th>
      <td className={cell}>
        <span className={`inline-block rounded px-2 py-0.5 font-semibold ${outcomeLook[row.outcome]}`}>{t(`outcome.${row.outcome}`)}</span>
        {row.skipReason !== null && <p className="mt-1 text-sm">{t(`skipReason.${row.skipReason}`)}</p>}
      </td>
      <td className={cell}>{row.number}</td>
      <td className={`${cell} break-words`}>{row.title}</td>
      <td className={`${cell} text-sm`}>{!parserSkipped && <Details row={row} />}</td>
      <td className={`${cell} space-y-2`}>
        {row.problems.map((problem) => (
          <ProblemControl key={problem.id} problem={problem} disabled={isSkipped} />
        ))}
        {!parserSkipped && row.skipReason !== "duplicateRow" && (
          <label className="flex items-center gap-2">
            <input type="checkbox" name={skipField} value={row.rowNumber} defaultChecked={row.skipReason === "chosen"} className="h-5 w-5" />
            {t("skipRow", { row: row.rowNumber })}
          </label>
        )}
      </td>
    </tr>
  );
}

/** The preview of an import: per row what will happen, every problem with its choice, then apply. */
export function ImportPreview({ view }: { view: ImportPreviewView }) {
  const t = useTranslations("imports");
  const { version, draft, plan, result } = view;
  const contentHref = contentEditorPath(version.programmeId, version.number);
  return (
    <div className="space-y-6">
      <EditorBreadcrumbs programmeId={version.programmeId} versionNumber={version.number} current={{ href: importPath(version.programmeId, version.number, draft.id), label: t("breadcrumb") }} />
      <div className="space-y-1">
        <h1 className="text-3xl">{t("previewTitle")}</h1>
        <p className="text-lg">{version.title}</p>
        <p className="break-words text-slate-700">{t("fileSummary", { filename: draft.filename, headerRow: draft.headerRow, columns: draft.columns.join(", ") })}</p>
        {draft.headingRows > 0 && <p className="text-slate-700">{t("headingRows", { count: draft.headingRows })}</p>}
      </div>
      {result !== null ? (
        <div className="space-y-3">
          <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
            <p>{t("done", { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped })}</p>
            {result.focusAreasCreated > 0 && <p>{t("doneFocusAreas", { count: result.focusAreasCreated })}</p>}
          </div>
          <p>
            <Link href={contentHref} className="font-semibold text-brand-700 underline">
              {t("backToContent")}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <section aria-labelledby="import-summary" className="space-y-2">
            <h2 id="import-summary" className="sr-only">
              {t("tableCaption")}
            </h2>
            <p className="font-semibold">{t("counts", plan.counts)}</p>
            {plan.newFocusAreas.length > 0 && <p>{t("newFocusAreas", { titles: plan.newFocusAreas.join(", ") })}</p>}
            <p className={plan.unresolved > 0 ? "font-semibold text-red-800" : "text-green-900"}>
              {plan.unresolved > 0 ? t("unresolved", { count: plan.unresolved }) : t("noProblems")}
            </p>
          </section>
          <ResolveImportForm draftId={draft.id} revision={draft.revision}>
            <table className="w-full border-collapse text-left max-md:block">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead className="max-md:sr-only">
                <tr>
                  <th scope="col" className="px-2 py-2">{t("colRow")}</th>
                  <th scope="col" className="px-2 py-2">{t("colOutcome")}</th>
                  <th scope="col" className="px-2 py-2">{t("colNumber")}</th>
                  <th scope="col" className="px-2 py-2">{t("colAction")}</th>
                  <th scope="col" className="px-2 py-2">{t("colDetails")}</th>
                  <th scope="col" className="px-2 py-2">{t("colProblems")}</th>
                </tr>
              </thead>
              <tbody className="max-md:block">
                {plan.rows.map((row) => (
                  <PreviewRow key={row.rowNumber} row={row} />
                ))}
              </tbody>
            </table>
          </ResolveImportForm>
          <ApplyImportForm draftId={draft.id} revision={draft.revision} stamp={plan.stamp} blocked={plan.unresolved > 0} />
          <div className="flex flex-wrap items-center gap-4">
            <DiscardImportForm draftId={draft.id} />
            <Link href={importPath(version.programmeId, version.number)} className="font-semibold text-brand-700 underline">
              {t("newFileLink")}
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
