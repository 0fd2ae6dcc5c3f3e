import { AppError, isAppError } from "@/lib/errors/app-error";
import { sqlStateOf } from "@/lib/errors/sql-state";

/**
 * Database refusals lib turns into AppError codes. Mutations wrap their transaction in
 * `withDbErrors`, so the database's own invariants (frozen content trigger, unique keys) reach the
 * UI as a code and a sentence, never as database text.
 *
 * SQLSTATEs: LP001 frozen content (prisma/migrations/*_invariants), 23505 unique violation,
 * 40001/40P01 serialization failure/deadlock (a concurrent change won: CONFLICT).
 */
export const sqlStates = {
  frozenContent: "LP001",
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

