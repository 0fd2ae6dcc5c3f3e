-- AlterTable
ALTER TABLE "reporting_period" ADD COLUMN     "closing_reminder_at" TIMESTAMPTZ(3);
