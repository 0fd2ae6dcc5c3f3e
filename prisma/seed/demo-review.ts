import type { Tx } from "./sync";

/*
 * Comments while drafting, in the demo: the coordinator of Södermanland has invited Emma Lundgren
 * (folkhälsostrateg in Nyköpings kommun, MEMBER) to review the revision draft, and she has left one
 * comment on an action, which the coordinator has answered. Internal: never public. Written with
 * the Södermanland story, so it is created once and never updated by a reseed.
 */

const REVIEWER = "medarbetare@nykoping.example";
const COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";
const ITEM_TITLE = "Föräldrastöd för att skjuta upp alkoholdebuten";

export async function seedDraftReview(tx: Tx, version: { id: string; countyId: string; programmeId: string }): Promise<boolean> {
  const [reviewer, coordinator] = await Promise.all([
    tx.user.findUnique({ where: { email: REVIEWER }, select: { id: true, email: true } }),
    tx.user.findUnique({ where: { email: COORDINATOR }, select: { id: true, email: true } }),
  ]);
  const item = await tx.actionItem.findFirst({ where: { versionId: version.id, title: ITEM_TITLE }, select: { id: true, number: true, title: true } });
  if (reviewer === null || coordinator === null || item === null) return false;
  const invitedAt = new Date("2026-11-02T09:00:00Z");
  const invitation = await tx.draftReviewer.create({
    data: { versionId: version.id, userId: reviewer.id, invitedById: coordinator.id, createdAt: invitedAt },
    select: { id: true },
  });
  const thread = await tx.draftComment.create({
    data: {
      versionId: version.id,
      countyId: version.countyId,
      actionItemId: item.id,
      anchorLabel: `${item.number} ${item.title}`,
      authorId: reviewer.id,
      text: "Nyköping vill gärna vara med i föräldrastödet. Kan kommunen stå som samverkanspart, och finns det en indikator för hur många föräldrar som nås?",
      createdAt: new Date("2026-11-04T13:20:00Z"),
    },
    select: { id: true },
  });
  await tx.draftComment.create({
    data: {
      versionId: version.id,
      countyId: version.countyId,
      parentId: thread.id,
      authorId: coordinator.id,
      text: "Tack! Vi lägger till Nyköpings kommun som samverkanspart och tittar på en indikator till nästa utkast.",
      createdAt: new Date("2026-11-05T08:45:00Z"),
    },
  });
  const meta = { source: "prisma/seed", isExample: true };
  await tx.auditEvent.createMany({
    data: [
      { at: invitedAt, actorId: coordinator.id, actorEmail: coordinator.email, action: "reviewer.invite", entityType: "DraftReviewer", entityId: invitation.id, countyId: version.countyId, programmeId: version.programmeId, after: { userId: reviewer.id, email: reviewer.email }, meta },
      { at: new Date("2026-11-04T13:20:00Z"), actorId: reviewer.id, actorEmail: reviewer.email, action: "comment.add", entityType: "DraftComment", entityId: thread.id, countyId: version.countyId, programmeId: version.programmeId, meta },
    ],
  });
  return true;
}
