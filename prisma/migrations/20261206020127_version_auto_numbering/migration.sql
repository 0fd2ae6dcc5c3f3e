-- AlterTable
ALTER TABLE "programme_version" ADD COLUMN     "auto_numbering" BOOLEAN NOT NULL DEFAULT true;
