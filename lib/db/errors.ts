import { AppError, isAppError } from "@/lib/errors/app-error";
import { sqlStateOf } from "@/lib/errors/sql-state";

/**
 * Database refusals lib turns into AppError codes. Mutations wrap their transaction in
 * `withDbErrors`, so the database's own invariants (frozen content trigger, unique keys) reach the
 * UI as a code and a sentence, never as database text.
 *
 * SQLSTATEs: LP001 frozen content (prisma/migrations/*_invariants); LP003 a status change outside
 * the life cycle, LP004 a write-once field (content hash, ratification, publication time) written
 * again, LP005 an endorsement of a ratified version changed, removed or added (prisma/migrations/*_lifecycle_guards, *_endorsement_insert_guard);
 * 23505 unique violation, 40001/40P01 serialization failure/deadlock (a concurrent change won:
 * CONFLICT). Everything else (LP006 TRUNCATE, 42501 a right the app role lacks) is unexpected: the
 * action wrapper logs it and the browser gets the generic message, never the database's text.
 */
export const sqlStates = {
  frozenContent: "LP001",
  statusTransition: "LP003",
  writeOnce: "LP004",
  decidedEndorsement: "LP005",
  uniqueViolation: "23505",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
} as const;

/** The AppError a database refusal stands for, or null when it is not one lib knows. */
export function toAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  switch (sqlStateOf(error)) {
    case sqlStates.frozenContent:
      return new AppError("INVALID_TRANSITION", "the version is frozen: only drafts can change", { reason: "FROZEN" });
    case sqlStates.statusTransition:
      return new AppError("INVALID_TRANSITION", "the database refused a status change outside the life cycle", { reason: "NOT_ALLOWED_FROM_STATUS" });
    // What was decided (hash, ratification, publication, the endorsements behind it) never changes:
    // the same words as frozen content.
    case sqlStates.writeOnce:
      return new AppError("INVALID_TRANSITION", "the database refused to rewrite a write-once field", { reason: "FROZEN" });
    case sqlStates.decidedEndorsement:
      return new AppError("INVALID_TRANSITION", "the endorsements of a ratified version never change", { reason: "FROZEN" });
    case sqlStates.uniqueViolation:
    case sqlStates.serializationFailure:
    case sqlStates.deadlockDetected:
      return new AppError("CONFLICT", "a concurrent change won");
    default:
      return null;
  }
}

/** Runs `operation`; a database refusal lib knows becomes its AppError, anything else is rethrown. */
export async function withDbErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toAppError(error) ?? error;
  }
}

