-- CreateTable
CREATE TABLE "follow_up_action_state" (
    "item_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "goal_numbers" INTEGER[],
    "status" "FollowUpStatus",
    "latest_year" INTEGER,
    "delayed" BOOLEAN NOT NULL,

    CONSTRAINT "follow_up_action_state_pkey" PRIMARY KEY ("item_id")
);

-- CreateIndex
CREATE INDEX "follow_up_action_state_version_id_idx" ON "follow_up_action_state"("version_id");

-- AddForeignKey
ALTER TABLE "follow_up_action_state" ADD CONSTRAINT "follow_up_action_state_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "action_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_action_state" ADD CONSTRAINT "follow_up_action_state_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;
