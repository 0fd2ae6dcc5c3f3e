-- DropForeignKey
ALTER TABLE "organisation" DROP CONSTRAINT "organisation_county_id_fkey";

-- AlterTable
ALTER TABLE "action_item" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "focus_area" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
