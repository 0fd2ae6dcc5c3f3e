-- AlterTable
ALTER TABLE "long_term_goal" ADD COLUMN     "short_label_en" TEXT,
ADD COLUMN     "title_en" TEXT,
ADD COLUMN     "title_en_verification" "Verification";

-- AlterTable
ALTER TABLE "national_strategy" ADD COLUMN     "short_title_en" TEXT,
ADD COLUMN     "title_en" TEXT,
ADD COLUMN     "translation_source" TEXT,
ADD COLUMN     "translation_verification" "Verification";
