-- CreateTable
CREATE TABLE "endorsement_left_out" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "endorsement_left_out_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "endorsement_left_out_organisation_id_idx" ON "endorsement_left_out"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "endorsement_left_out_version_id_organisation_id_round_key" ON "endorsement_left_out"("version_id", "organisation_id", "round");

-- AddForeignKey
ALTER TABLE "endorsement_left_out" ADD CONSTRAINT "endorsement_left_out_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endorsement_left_out" ADD CONSTRAINT "endorsement_left_out_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
