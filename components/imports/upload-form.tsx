"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { inputClass } from "@/components/editor/form-styles";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState } from "@/lib/actions/form-state";
import { uploadImportAction } from "@/lib/imports/actions";
import { IMPORT_MAX_BYTES } from "@/lib/imports/limits";
import { fileErrorCodes, type FileErrorCode } from "@/lib/imports/types";

function isFileErrorCode(value: string | undefined): value is FileErrorCode {
  return fileErrorCodes.some((code) => code === value);
}

/** The upload form: a file field, its refusal beside it (said again in the live region). */
export function ImportUploadForm({ versionId }: { versionId: string }) {
  const t = useTranslations("imports");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(uploadImportAction, idleFormState);
  // Checked in the browser too, so a large file is refused before it is sent (the server checks again).
  const [localError, setLocalError] = useState<FileErrorCode | null>(null);
  const serverCode = state.status === "error" ? state.fieldErrors["file"]?.[0] : undefined;
  const fileError: FileErrorCode | null = localError ?? (isFileErrorCode(serverCode) ? serverCode : null);
  const otherError = state.status === "error" && fileError === null ? state.code : null;
  return (
    <form
      action={formAction}
      className="space-y-4"
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem("file");
        const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
        const code: FileErrorCode | null = file === undefined || file.size === 0 ? "noFile" : file.size > IMPORT_MAX_BYTES ? "tooLarge" : null;
        setLocalError(code);
        if (code !== null) event.preventDefault();
      }}
    >
      <input type="hidden" name="versionId" value={versionId} />
      <div className="space-y-1">
        <label htmlFor="import-file" className="block font-semibold">
          {t("fileLabel")}
        </label>
        <p id="import-file-hint" className="text-slate-700">
          {t("fileHint")}
        </p>
        {/* role=alert: announced when it appears (the live region below is for the other refusals). */}
        {fileError !== null && (
          <p id="import-file-error" role="alert" className="font-semibold text-red-800">
            {t(`fileErrors.${fileError}`)}
          </p>
        )}
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={fileError === null ? "import-file-hint" : "import-file-hint import-file-error"}
          aria-invalid={fileError !== null || undefined}
          className={inputClass}
          onChange={() => setLocalError(null)}
        />
      </div>
      <FormMessage tone="error">{otherError !== null && <p>{te(otherError)}</p>}</FormMessage>
      <SubmitButton pendingLabel={t("uploading")}>{t("upload")}</SubmitButton>
    </form>
  );
}
