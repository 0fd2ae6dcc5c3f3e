import { z } from "zod";
import { dateSchema, idSchema, optionalShortTextSchema, titleSchema } from "@/lib/strategies/schema";

/** Administration of organisations (systemförvaltare): create, rename (a new row), deactivate. */

export const organisationKinds = [
  "COUNTY_BOARD",
  "MUNICIPALITY",
  "POLICE",
  "REGION",
  "NATIONAL_AGENCY",
  "CIVIL_SOCIETY",
  "OTHER",
] as const;

/** A checkbox: present ("on") is true, absent is false. */
const checkboxSchema = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

/** An optional select: "" (no county: a national body) → null. */
const optionalIdSchema = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value === "" ? null : value))
  .pipe(idSchema.nullable());

export const createOrganisationSchema = z.object({
  name: titleSchema,
  shortName: optionalShortTextSchema,
  kind: z.enum(organisationKinds, { error: "invalidKind" }),
  countyId: optionalIdSchema,
  allowsDelegation: checkboxSchema,
});

/** A rename (Landstinget Sörmland → Region Sörmland) from `validFrom`: the old row is kept as history. */
export const renameOrganisationSchema = z.object({
  organisationId: idSchema,
  name: titleSchema,
  shortName: optionalShortTextSchema,
  validFrom: dateSchema,
  allowsDelegation: checkboxSchema,
});

export const deactivateOrganisationSchema = z.object({ organisationId: idSchema, validTo: dateSchema });

export type CreateOrganisationInput = z.output<typeof createOrganisationSchema>;
export type RenameOrganisationInput = z.output<typeof renameOrganisationSchema>;
export type DeactivateOrganisationInput = z.output<typeof deactivateOrganisationSchema>;

/** The workspace's organisation pages (what an action's revalidation names). */
export const organisationsOverviewPath = "/arbetsyta/organisationer";
export const organisationPagePath = (organisationId: string) => `${organisationsOverviewPath}/${organisationId}`;

/** The route parameter of /arbetsyta/organisationer/[organisationId]; anything else is a 404. */
export const organisationIdParamSchema = idSchema;
