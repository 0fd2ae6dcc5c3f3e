import { z } from "zod";
import { signInEmailSchema } from "@/lib/auth/schema";
import { idSchema } from "@/lib/strategies/schema";

/**
 * Invitations: a coordinator (or an administrator) invites a person by e-mail into one
 * organisation with one role. Errors are message keys of the "accountForms" catalogue namespace.
 */

/** The roles an invitation can carry. ADMIN is not among them, so a form cannot even ask for it. */
export const invitableRoles = ["COORDINATOR", "SIGNATORY", "MEMBER"] as const;
export type InvitableRole = (typeof invitableRoles)[number];

export const roleSchema = z.enum(invitableRoles, { error: "invalidRole" });

export const inviteSchema = z.object({
  organisationId: idSchema,
  email: z.string({ error: "required" }).pipe(signInEmailSchema),
  role: roleSchema,
});

export const revokeInvitationSchema = z.object({ invitationId: idSchema });

/** 32 random bytes, base64url: exactly 43 characters. Anything else is not a link we sent. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const NAME_MAX = 200;

/** What the invited person posts to accept: the link's token and, when new, their name. */
export const acceptInvitationSchema = z.object({
  token: invitationTokenSchema,
  name: z
    .string()
    .trim()
    .max(NAME_MAX, { error: "nameTooLong" })
    .optional()
    .transform((value) => (value === undefined || value === "" ? null : value)),
});

export type InviteInput = z.output<typeof inviteSchema>;
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
