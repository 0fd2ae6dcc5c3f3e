import type { ErrorCode } from "@/lib/errors/app-error";

/**
 * UNEXPECTED: anything that is not an AppError. Logged on the server; the browser gets only the code.
 * UNAVAILABLE: the database could not be reached; nothing was saved, try again in a moment.
 */
export type ActionErrorCode = ErrorCode | "UNAVAILABLE" | "UNEXPECTED";

/** Field name → zod's messages for it, shown beside the field. */
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ActionErrorCode;
      fieldErrors?: FieldErrors;
      /** CONFLICT: the record's current values (see AppError.details), to resolve the conflict; RATE_LIMITED: retryAfterSeconds. */
      details?: Record<string, unknown>;
    };
