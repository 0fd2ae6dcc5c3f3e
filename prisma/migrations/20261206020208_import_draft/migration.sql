-- CreateTable
CREATE TABLE "import_draft" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "parsed" JSONB NOT NULL,
    "resolutions" JSONB NOT NULL DEFAULT '{}',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "applied_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "import_draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_draft_version_id_user_id_idx" ON "import_draft"("version_id", "user_id");

-- CreateIndex
CREATE INDEX "import_draft_expires_at_idx" ON "import_draft"("expires_at");
