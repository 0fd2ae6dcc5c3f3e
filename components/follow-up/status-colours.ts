import type { StatusKey } from "@/lib/follow-up/types";

/** Fill per status: dark enough against white for 3:1 (WCAG 1.4.11), and every bar is labelled with its number. */
export const statusFill: Record<StatusKey, string> = {
  DONE: "#1a6b32",
  HALF: "#4d7c0f",
  STARTED: "#a15c07",
  NOT_STARTED: "#b42318",
  NOT_RELEVANT: "#4b5563",
  NONE: "#767676",
};

export const statusOrder: readonly StatusKey[] = ["DONE", "HALF", "STARTED", "NOT_STARTED", "NOT_RELEVANT", "NONE"];
