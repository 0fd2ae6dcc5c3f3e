import "server-only";
import { unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToRecord } from "@/lib/actions/form-data";
import type { ActionResult, FieldErrors } from "@/lib/actions/types";
import { authorize, type Permission, type PolicyResource } from "@/lib/auth/policy";
import { getCurrentActor } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/errors/sql-state";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/users/types";
import { fieldsWithForbiddenCharacters } from "@/lib/validation/text";

type ActionBase<S extends z.ZodType, R> = {
  /** For server logs only, e.g. "version.withdraw". */
  name: string;
  input: S;
  /** Paths whose cached pages the change makes stale. */
  revalidate?: (input: z.output<S>, result: R) => readonly string[];
};

/**
 * How an action is let in. There is no default: every action names its rule, and `run` (the one
 * domain call: no Prisma, no authorization) only ever runs after it.
 * - permission: a signed-in actor the policy allows on the resource (ids from the record, not the form);
 * - signedIn: any signed-in actor, acting only on their own data;
 * - public: no session needed (e.g. choosing the interface language).
 */
export type ActionDefinition<S extends z.ZodType, R> = ActionBase<S, R> &
  (
    | {
        access: "permission";
        permission: Permission;
        /** The record's county/organisation, looked up from the input's ids (the actor for delegations). */
        resource: (input: z.output<S>, actor: Actor | null) => PolicyResource | Promise<PolicyResource>;
        /** `resource` is what the policy authorized: the run need not look the record up again. */
        run: (input: z.output<S>, context: { actor: Actor; resource: PolicyResource }) => Promise<R>;
      }
    | { access: "signedIn"; run: (input: z.output<S>, context: { actor: Actor }) => Promise<R> }
    | { access: "public"; run: (input: z.output<S>, context: { actor: Actor | null }) => Promise<R> }
  );

/** `details.fieldErrors` of a VALIDATION AppError, when it has the FieldErrors shape. */
function toFieldErrors(value: unknown): FieldErrors | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) fieldErrors[field] = messages.filter((m): m is string => typeof m === "string");
  }
  return fieldErrors;
}

async function runAuthorized<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, input: z.output<S>): Promise<R> {
  const actor = await getCurrentActor();
  switch (definition.access) {
    case "public":
      return definition.run(input, { actor });
    case "signedIn":
      if (actor === null) throw new AppError("UNAUTHENTICATED");
      return definition.run(input, { actor });
    case "permission": {
      const resource = await definition.resource(input, actor);
      authorize(actor, definition.permission, resource);
      return definition.run(input, { actor, resource });
    }
  }
}

/**
 * The one server-action wrapper (STYLE.md §3): parse with zod → resolve the actor → authorize with
 * the policy → the domain call → revalidate. AppError becomes its code; anything else is logged
 * here and reaches the browser only as UNEXPECTED (never a message or stack trace).
 */
export function defineAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
): (raw: unknown) => Promise<ActionResult<R>> {
  return async (raw) => {
    const record = raw instanceof FormData ? formDataToRecord(raw) : raw;
    // Once for every action and every text field: control characters and lone surrogates are
    // refused beside their field before any schema or the database sees them.
    const badFields = fieldsWithForbiddenCharacters(record);
    if (badFields.length > 0) {
      return { ok: false, code: "VALIDATION", fieldErrors: Object.fromEntries(badFields.map((field) => [field, ["invalidCharacters"]])) };
    }
    const parsed = await definition.input.safeParseAsync(record);
    if (!parsed.success) {
      const fieldErrors: FieldErrors = z.flattenError(parsed.error).fieldErrors;
      return { ok: false, code: "VALIDATION", fieldErrors };
    }
    try {
      const data = await runAuthorized(definition, parsed.data);
      for (const path of definition.revalidate?.(parsed.data, data) ?? []) revalidatePath(path);
      return { ok: true, data };
    } catch (error) {
      // redirect(), notFound() and Next's other control-flow errors must keep propagating.
      unstable_rethrow(error);
      if (isAppError(error)) {
        // A domain check the schema cannot make (e.g. an unknown national strategy) names its field.
        const fieldErrors = error.code === "VALIDATION" ? toFieldErrors(error.details?.["fieldErrors"]) : undefined;
        // A CONFLICT carries what the record holds now (lib puts only the record's own values there),
        // so the form can show it beside the user's text and let them choose; RATE_LIMITED carries
        // retryAfterSeconds, so the form can say when to try again.
        // A VALIDATION refusal may name the records it refused (`refused`: ids and names the actor posted).
        const refused = error.code === "VALIDATION" ? error.details?.["refused"] : undefined;
        const details = error.code === "CONFLICT" || error.code === "RATE_LIMITED" ? error.details : refused === undefined ? undefined : { refused };
        return {
          ok: false,
          code: error.code,
          ...(fieldErrors === undefined ? {} : { fieldErrors }),
          ...(details === undefined ? {} : { details }),
        };
      }
      if (isDatabaseUnavailable(error)) {
        // Nothing was written (the transaction never committed): the form keeps the user's text
        // and says to try again in a moment.
        console.warn(`[action ${definition.name}] database unavailable`);
        return { ok: false, code: "UNAVAILABLE" };
      }
      console.error(`[action ${definition.name}] unexpected error`, error);
      return { ok: false, code: "UNEXPECTED" };
    }
  };
}
