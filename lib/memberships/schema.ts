import { z } from "zod";
import { roleSchema } from "@/lib/invitations/schema";
import { idSchema } from "@/lib/strategies/schema";

/** A coordinator or administrator changes one membership's role (never to or from ADMIN). */
export const changeRoleSchema = z.object({ membershipId: idSchema, role: roleSchema });

export const removeMembershipSchema = z.object({ membershipId: idSchema });

export type ChangeRoleInput = z.output<typeof changeRoleSchema>;
