import "server-only";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import type { CreateOrganisationInput, DeactivateOrganisationInput, RenameOrganisationInput } from "@/lib/organisations/schema";
import type { OrganisationSaved } from "@/lib/organisations/types";
import { firstFreeSlug, slugFromTitle } from "@/lib/strategies/mutations";
import type { Actor } from "@/lib/users/types";

type Tx = Prisma.TransactionClient;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const dayBefore = (date: Date) => new Date(date.getTime() - 24 * 60 * 60 * 1000);

/** A free organisation slug for `name` (slugs are unique across all organisations). */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugFromTitle(name);
  const taken = await tx.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

/** A new organisation (authorized by the caller: organisation.manage). */
export async function createOrganisation(actor: Actor, input: CreateOrganisationInput, now: Date): Promise<OrganisationSaved> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      if (input.countyId !== null && (await tx.county.findUnique({ where: { id: input.countyId }, select: { id: true } })) === null) {
        throw new AppError("VALIDATION", "unknown county", { fieldErrors: { countyId: ["invalidReference"] } });
      }
      const created = await tx.organisation.create({
        data: {
          kind: input.kind,
          name: input.name,
          shortName: input.shortName,
          slug: await freeSlug(tx, input.name),
          countyId: input.countyId,
          allowsDelegation: input.allowsDelegation,
          validFrom: new Date(`${isoDate(now)}T00:00:00.000Z`),
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "organisation.create",
        entityType: "Organisation",
        entityId: created.id,
        countyId: input.countyId,
        after: { name: input.name, kind: input.kind, countyId: input.countyId, allowsDelegation: input.allowsDelegation },
      });
      return { organisationId: created.id };
    }),
  );
}

/**
 * Renames an organisation as of `validFrom`: a new row with the predecessor's kind, county and
 * municipality/police-area link, and copies of its memberships (people keep their roles); the old
 * row ends the day before and becomes inactive, so everything decided under the old name keeps it.
 */
export async function renameOrganisation(actor: Actor, input: RenameOrganisationInput): Promise<OrganisationSaved> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const old = await tx.organisation.findFirst({
        where: { id: input.organisationId, active: true },
        select: { id: true, name: true, shortName: true, kind: true, countyId: true, municipalityId: true, policeAreaId: true },
      });
      if (old === null) throw new AppError("NOT_FOUND");
      // Compare-and-set on `active`, and the unique municipality/police-area link moves to the new row.
      const { count } = await tx.organisation.updateMany({
        where: { id: old.id, active: true },
        data: { active: false, validTo: dayBefore(input.validFrom), municipalityId: null, policeAreaId: null },
      });
      if (count !== 1) throw new AppError("CONFLICT", "the organisation changed meanwhile");
      const successor = await tx.organisation.create({
        data: {
          kind: old.kind,
          name: input.name,
          shortName: input.shortName,
          slug: await freeSlug(tx, input.name),
          countyId: old.countyId,
          municipalityId: old.municipalityId,
          policeAreaId: old.policeAreaId,
          allowsDelegation: input.allowsDelegation,
          validFrom: input.validFrom,
          predecessorId: old.id,
        },
        select: { id: true },
      });
      const memberships = await tx.membership.findMany({ where: { organisationId: old.id }, select: { userId: true, role: true } });
      await tx.membership.createMany({ data: memberships.map((m) => ({ ...m, organisationId: successor.id })) });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "organisation.rename",
        entityType: "Organisation",
        entityId: successor.id,
        countyId: old.countyId,
        before: { organisationId: old.id, name: old.name, shortName: old.shortName },
        after: { name: input.name, shortName: input.shortName, validFrom: isoDate(input.validFrom), allowsDelegation: input.allowsDelegation },
        meta: { membershipsCopied: memberships.length },
      });
      return { organisationId: successor.id };
    }),
  );
}

/** Deactivates an organisation as of `validTo`: its memberships grant nothing from the next request on. */
export async function deactivateOrganisation(actor: Actor, input: DeactivateOrganisationInput): Promise<OrganisationSaved> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { count } = await tx.organisation.updateMany({
        where: { id: input.organisationId, active: true },
        data: { active: false, validTo: input.validTo },
      });
      if (count !== 1) throw new AppError("NOT_FOUND");
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true, countyId: true } });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "organisation.deactivate",
        entityType: "Organisation",
        entityId: input.organisationId,
        countyId: organisation.countyId,
        before: { active: true },
        after: { active: false, validTo: isoDate(input.validTo) },
      });
      return { organisationId: input.organisationId };
    }),
  );
}
