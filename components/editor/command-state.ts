import type { ActionErrorCode, FieldErrors } from "@/lib/actions/types";

/** The part of an action's form state a small command (a button) shows: done, or which error. */
export type CommandLikeState =
  | { status: "idle" }
  | { status: "success" }
  | { status: "error"; code: ActionErrorCode; fieldErrors?: FieldErrors }
  | { status: "conflict" };

/** The error code a command's state reports, if any (a conflict is a CONFLICT). */
export function commandError(state: CommandLikeState): ActionErrorCode | null {
  if (state.status === "error") return state.code;
  if (state.status === "conflict") return "CONFLICT";
  return null;
}

/**
 * A server action as a command control calls it. Declared as a method so that an action with a
 * richer state (one that also carries data or values) fits: the control only ever hands the action
 * the state that action itself returned (or the idle state, which actions ignore).
 */
export type CommandAction = {
  run(state: CommandLikeState, formData: FormData): Promise<CommandLikeState>;
}["run"];

export const idleCommandState: CommandLikeState = { status: "idle" };
