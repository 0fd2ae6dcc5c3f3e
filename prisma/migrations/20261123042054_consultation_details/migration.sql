-- AlterTable
ALTER TABLE "consultation_comment" ADD COLUMN     "anchor_label" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "consultation_invitation" ADD COLUMN     "reminder_queued_at" TIMESTAMPTZ(3);
