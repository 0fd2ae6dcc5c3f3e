-- AlterTable
ALTER TABLE "national_strategy" ADD COLUMN     "overarching_goal_en" TEXT,
ADD COLUMN     "overarching_goal_en_verification" "Verification";

-- AlterTable
ALTER TABLE "priority_area" ADD COLUMN     "title_en" TEXT,
ADD COLUMN     "title_en_verification" "Verification";
