-- CreateTable
CREATE TABLE "draft_reviewer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "invited_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMPTZ(3),

    CONSTRAINT "draft_reviewer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "draft_comment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "parent_id" UUID,
    "focus_area_id" UUID,
    "action_item_id" UUID,
    "anchor_label" TEXT NOT NULL DEFAULT '',
    "author_id" UUID,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" UUID,

    CONSTRAINT "draft_comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "draft_reviewer_user_id_idx" ON "draft_reviewer"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "draft_reviewer_version_id_user_id_key" ON "draft_reviewer"("version_id", "user_id");

-- CreateIndex
CREATE INDEX "draft_comment_version_id_resolved_at_idx" ON "draft_comment"("version_id", "resolved_at");

-- CreateIndex
CREATE INDEX "draft_comment_parent_id_idx" ON "draft_comment"("parent_id");

-- CreateIndex
CREATE INDEX "draft_comment_action_item_id_idx" ON "draft_comment"("action_item_id");

-- CreateIndex
CREATE INDEX "draft_comment_focus_area_id_idx" ON "draft_comment"("focus_area_id");

-- AddForeignKey
ALTER TABLE "draft_reviewer" ADD CONSTRAINT "draft_reviewer_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_reviewer" ADD CONSTRAINT "draft_reviewer_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_comment" ADD CONSTRAINT "draft_comment_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_comment" ADD CONSTRAINT "draft_comment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "draft_comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_comment" ADD CONSTRAINT "draft_comment_focus_area_id_fkey" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_comment" ADD CONSTRAINT "draft_comment_action_item_id_fkey" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_comment" ADD CONSTRAINT "draft_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
