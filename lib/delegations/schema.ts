import { z } from "zod";
import { idSchema } from "@/lib/strategies/schema";

/** A signatory delegates signing for one programme version to a named member of the organisation. */
export const grantDelegationSchema = z.object({ organisationId: idSchema, versionId: idSchema, userId: idSchema });

export const revokeDelegationSchema = z.object({ delegationId: idSchema });

export type GrantDelegationInput = z.output<typeof grantDelegationSchema>;
