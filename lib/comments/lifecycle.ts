import type { VersionStatus } from "@/lib/db/generated/client";
import { isEditable } from "@/lib/programmes/lifecycle";

/**
 * Comments while drafting follow the version's content: they are written, replied to, resolved and
 * reopened (and reviewers invited) only while the version is a draft. Afterwards they are kept as
 * they were, for the county to read. Pure: no I/O. The database refuses the same (trigger
 * draft_comment_open_version).
 */
export function areCommentsOpen(status: VersionStatus): boolean {
  return isEditable(status);
}
