-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('COUNTY_BOARD', 'MUNICIPALITY', 'POLICE', 'REGION', 'NATIONAL_AGENCY', 'CIVIL_SOCIETY', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'SIGNATORY', 'MEMBER');

-- CreateEnum
CREATE TYPE "Verification" AS ENUM ('VERIFIED', 'PARTIALLY_VERIFIED', 'BEST_KNOWLEDGE');

-- CreateEnum
CREATE TYPE "VersionKind" AS ENUM ('NEW', 'REVISION', 'EXTENSION');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'CONSULTATION', 'ENDORSEMENT', 'RATIFIED', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Substance" AS ENUM ('A', 'N', 'D', 'T', 'S');

-- CreateEnum
CREATE TYPE "TimeframeKind" AS ENUM ('YEARS', 'DATES', 'ONGOING');

-- CreateEnum
CREATE TYPE "ItemOrganisationRole" AS ENUM ('RESPONSIBLE', 'PARTNER');

-- CreateEnum
CREATE TYPE "EndorsementStatus" AS ENUM ('PENDING', 'ENDORSED', 'ENDORSED_WITH_RESERVATION', 'DECLINED');

-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "DispositionDecision" AS ENUM ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('DONE', 'HALF', 'STARTED', 'NOT_STARTED', 'NOT_RELEVANT');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "police_region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "seat" TEXT,

    CONSTRAINT "police_region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "county" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(2) NOT NULL,
    "iso_code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "police_region_id" TEXT NOT NULL,

    CONSTRAINT "county_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "municipality" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(4) NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "county_id" UUID NOT NULL,

    CONSTRAINT "municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "police_area" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "police_region_id" TEXT NOT NULL,
    "county_id" UUID NOT NULL,

    CONSTRAINT "police_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "slug" TEXT NOT NULL,
    "county_id" UUID,
    "municipality_id" UUID,
    "police_area_id" UUID,
    "valid_from" DATE,
    "valid_to" DATE,
    "predecessor_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "allows_delegation" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT,
    "email_verified" TIMESTAMPTZ(3),
    "disabled_at" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_token" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "account_invitation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "invited_by_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "national_strategy" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "short_title" TEXT NOT NULL,
    "document_ref" TEXT NOT NULL,
    "document_type" TEXT,
    "decided_at" DATE,
    "period_from" INTEGER NOT NULL,
    "period_to" INTEGER NOT NULL,
    "substances" "Substance"[],
    "scope" TEXT[],
    "overarching_goal" TEXT NOT NULL,
    "overarching_goal_verification" "Verification" NOT NULL,
    "overarching_goal_source" TEXT,
    "note" TEXT,
    "zero_vision" TEXT,

    CONSTRAINT "national_strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "long_term_goal" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "strategy_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "short_label" TEXT NOT NULL,
    "title_verification" "Verification" NOT NULL,
    "source" TEXT,

    CONSTRAINT "long_term_goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "priority_area" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "strategy_id" UUID NOT NULL,
    "goal_id" UUID,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "verification" "Verification" NOT NULL,

    CONSTRAINT "priority_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regional_strategy" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "county_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE NOT NULL,
    "national_strategy_id" UUID NOT NULL,
    "overarching_text" TEXT NOT NULL DEFAULT '',
    "is_example" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "regional_strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strategy_extension" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "regional_strategy_id" UUID NOT NULL,
    "new_valid_to" DATE NOT NULL,
    "decision_body" TEXT NOT NULL,
    "decision_date" DATE NOT NULL,
    "diarienummer" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "strategy_extension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_programme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "county_id" UUID NOT NULL,
    "regional_strategy_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "is_example" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_version" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "programme_id" UUID NOT NULL,
    "county_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "VersionKind" NOT NULL,
    "supersedes_id" UUID,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE NOT NULL,
    "substances" "Substance"[],
    "national_strategy_id" UUID NOT NULL,
    "change_summary" TEXT NOT NULL DEFAULT '',
    "edit_revision" INTEGER NOT NULL DEFAULT 0,
    "content_hash" TEXT,
    "endorsement_round" INTEGER NOT NULL DEFAULT 0,
    "frozen_at" TIMESTAMPTZ(3),
    "ratified_at" TIMESTAMPTZ(3),
    "ratification_body" TEXT,
    "ratification_date" DATE,
    "ratification_dnr" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "superseded_at" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),
    "is_example" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "focus_area" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "stable_key" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "focus_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "focus_area_goal" (
    "focus_area_id" UUID NOT NULL,
    "goal_id" UUID NOT NULL,

    CONSTRAINT "focus_area_goal_pkey" PRIMARY KEY ("focus_area_id","goal_id")
);

-- CreateTable
CREATE TABLE "action_item" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "focus_area_id" UUID NOT NULL,
    "stable_key" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "timeframe_kind" "TimeframeKind" NOT NULL DEFAULT 'ONGOING',
    "start_year" INTEGER,
    "end_year" INTEGER,
    "start_date" DATE,
    "end_date" DATE,
    "follow_up_text" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "action_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_item_organisation" (
    "item_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "ItemOrganisationRole" NOT NULL,
    "lead" BOOLEAN,

    CONSTRAINT "action_item_organisation_pkey" PRIMARY KEY ("item_id","organisation_id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_id" UUID NOT NULL,
    "stable_key" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "baseline" TEXT NOT NULL DEFAULT '',
    "baseline_year" INTEGER,
    "target" TEXT NOT NULL DEFAULT '',
    "target_year" INTEGER,
    "data_source" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "endorsement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "current" BOOLEAN DEFAULT true,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "status" "EndorsementStatus" NOT NULL DEFAULT 'PENDING',
    "decision_body" TEXT,
    "decision_date" DATE,
    "paragraph" TEXT,
    "diarienummer" TEXT,
    "reservation" TEXT,
    "decline_reason" TEXT,
    "minutes_file_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "carried_over_from_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "endorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signing_delegation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "granted_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "signing_delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_file" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "filename" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation_round" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "deadline" DATE NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "opened_by_id" UUID,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "consultation_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation_invitation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "round_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,

    CONSTRAINT "consultation_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation_response" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "invitation_id" UUID NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'DRAFT',
    "general_text" TEXT NOT NULL DEFAULT '',
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultation_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation_comment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "response_id" UUID NOT NULL,
    "focus_area_id" UUID,
    "action_item_id" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,

    CONSTRAINT "consultation_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_disposition" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "comment_id" UUID NOT NULL,
    "decision" "DispositionDecision" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_disposition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_period" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'PLANNED',
    "opens_at" DATE,
    "closes_at" DATE,

    CONSTRAINT "reporting_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up_report" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "programme_id" UUID NOT NULL,
    "action_stable_key" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "organisation_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "status" "FollowUpStatus" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "review_status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "review_message" TEXT,
    "reported_by_id" UUID,
    "reviewed_by_id" UUID,
    "reported_at" TIMESTAMPTZ(3),
    "reviewed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_up_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_value" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "programme_id" UUID NOT NULL,
    "indicator_stable_key" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "organisation_id" UUID,
    "value" DECIMAL(14,3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "review_status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "reported_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "county_id" UUID,
    "programme_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "meta" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_mail" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_mail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "county_code_key" ON "county"("code");

-- CreateIndex
CREATE UNIQUE INDEX "county_iso_code_key" ON "county"("iso_code");

-- CreateIndex
CREATE UNIQUE INDEX "county_slug_key" ON "county"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "municipality_code_key" ON "municipality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "municipality_slug_key" ON "municipality"("slug");

-- CreateIndex
CREATE INDEX "municipality_county_id_idx" ON "municipality"("county_id");

-- CreateIndex
CREATE UNIQUE INDEX "police_area_slug_key" ON "police_area"("slug");

-- CreateIndex
CREATE INDEX "police_area_county_id_idx" ON "police_area"("county_id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_slug_key" ON "organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_municipality_id_key" ON "organisation"("municipality_id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_police_area_id_key" ON "organisation"("police_area_id");

-- CreateIndex
CREATE INDEX "organisation_county_id_kind_idx" ON "organisation"("county_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "membership_organisation_id_idx" ON "membership"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_user_id_organisation_id_role_key" ON "membership"("user_id", "organisation_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "verification_token_identifier_token_key" ON "verification_token"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "account_invitation_token_hash_key" ON "account_invitation"("token_hash");

-- CreateIndex
CREATE INDEX "account_invitation_email_idx" ON "account_invitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "national_strategy_slug_key" ON "national_strategy"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "long_term_goal_strategy_id_number_key" ON "long_term_goal"("strategy_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "priority_area_strategy_id_number_key" ON "priority_area"("strategy_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "regional_strategy_county_id_slug_key" ON "regional_strategy"("county_id", "slug");

-- CreateIndex
CREATE INDEX "strategy_extension_regional_strategy_id_idx" ON "strategy_extension"("regional_strategy_id");

-- CreateIndex
CREATE INDEX "action_programme_regional_strategy_id_idx" ON "action_programme"("regional_strategy_id");

-- CreateIndex
CREATE UNIQUE INDEX "action_programme_county_id_slug_key" ON "action_programme"("county_id", "slug");

-- CreateIndex
CREATE INDEX "programme_version_county_id_status_idx" ON "programme_version"("county_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "programme_version_programme_id_number_key" ON "programme_version"("programme_id", "number");

-- CreateIndex
CREATE INDEX "focus_area_version_id_position_idx" ON "focus_area"("version_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "focus_area_version_id_stable_key_key" ON "focus_area"("version_id", "stable_key");

-- CreateIndex
CREATE INDEX "focus_area_goal_goal_id_idx" ON "focus_area_goal"("goal_id");

-- CreateIndex
CREATE INDEX "action_item_focus_area_id_position_idx" ON "action_item"("focus_area_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "action_item_version_id_stable_key_key" ON "action_item"("version_id", "stable_key");

-- CreateIndex
CREATE INDEX "action_item_organisation_organisation_id_idx" ON "action_item_organisation"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "action_item_organisation_item_id_lead_key" ON "action_item_organisation"("item_id", "lead");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_item_id_stable_key_key" ON "indicator"("item_id", "stable_key");

-- CreateIndex
CREATE INDEX "endorsement_organisation_id_idx" ON "endorsement"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "endorsement_version_id_organisation_id_current_key" ON "endorsement"("version_id", "organisation_id", "current");

-- CreateIndex
CREATE UNIQUE INDEX "endorsement_version_id_organisation_id_round_key" ON "endorsement"("version_id", "organisation_id", "round");

-- CreateIndex
CREATE UNIQUE INDEX "signing_delegation_version_id_organisation_id_user_id_key" ON "signing_delegation"("version_id", "organisation_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "consultation_round_version_id_number_key" ON "consultation_round"("version_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "consultation_invitation_round_id_organisation_id_key" ON "consultation_invitation"("round_id", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "consultation_response_invitation_id_key" ON "consultation_response"("invitation_id");

-- CreateIndex
CREATE INDEX "consultation_comment_response_id_idx" ON "consultation_comment"("response_id");

-- CreateIndex
CREATE UNIQUE INDEX "comment_disposition_comment_id_key" ON "comment_disposition"("comment_id");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_period_version_id_year_key" ON "reporting_period"("version_id", "year");

-- CreateIndex
CREATE INDEX "follow_up_report_organisation_id_year_idx" ON "follow_up_report"("organisation_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "follow_up_report_programme_id_action_stable_key_year_organi_key" ON "follow_up_report"("programme_id", "action_stable_key", "year", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_value_programme_id_indicator_stable_key_year_key" ON "indicator_value"("programme_id", "indicator_stable_key", "year");

-- CreateIndex
CREATE INDEX "audit_event_programme_id_at_idx" ON "audit_event"("programme_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "outbox_mail_status_next_attempt_at_idx" ON "outbox_mail"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "notification_user_id_read_at_idx" ON "notification"("user_id", "read_at");

-- AddForeignKey
ALTER TABLE "county" ADD CONSTRAINT "county_police_region_id_fkey" FOREIGN KEY ("police_region_id") REFERENCES "police_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "police_area" ADD CONSTRAINT "police_area_police_region_id_fkey" FOREIGN KEY ("police_region_id") REFERENCES "police_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "police_area" ADD CONSTRAINT "police_area_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_police_area_id_fkey" FOREIGN KEY ("police_area_id") REFERENCES "police_area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_invitation" ADD CONSTRAINT "account_invitation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "long_term_goal" ADD CONSTRAINT "long_term_goal_strategy_id_fkey" FOREIGN KEY ("strategy_id") REFERENCES "national_strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "priority_area" ADD CONSTRAINT "priority_area_strategy_id_fkey" FOREIGN KEY ("strategy_id") REFERENCES "national_strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "priority_area" ADD CONSTRAINT "priority_area_goal_id_fkey" FOREIGN KEY ("goal_id") REFERENCES "long_term_goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regional_strategy" ADD CONSTRAINT "regional_strategy_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regional_strategy" ADD CONSTRAINT "regional_strategy_national_strategy_id_fkey" FOREIGN KEY ("national_strategy_id") REFERENCES "national_strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_extension" ADD CONSTRAINT "strategy_extension_regional_strategy_id_fkey" FOREIGN KEY ("regional_strategy_id") REFERENCES "regional_strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_programme" ADD CONSTRAINT "action_programme_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_programme" ADD CONSTRAINT "action_programme_regional_strategy_id_fkey" FOREIGN KEY ("regional_strategy_id") REFERENCES "regional_strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_version" ADD CONSTRAINT "programme_version_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "action_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_version" ADD CONSTRAINT "programme_version_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_version" ADD CONSTRAINT "programme_version_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "programme_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_version" ADD CONSTRAINT "programme_version_national_strategy_id_fkey" FOREIGN KEY ("national_strategy_id") REFERENCES "national_strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focus_area" ADD CONSTRAINT "focus_area_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focus_area_goal" ADD CONSTRAINT "focus_area_goal_focus_area_id_fkey" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focus_area_goal" ADD CONSTRAINT "focus_area_goal_goal_id_fkey" FOREIGN KEY ("goal_id") REFERENCES "long_term_goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_focus_area_id_fkey" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item_organisation" ADD CONSTRAINT "action_item_organisation_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "action_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item_organisation" ADD CONSTRAINT "action_item_organisation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "action_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endorsement" ADD CONSTRAINT "endorsement_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endorsement" ADD CONSTRAINT "endorsement_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endorsement" ADD CONSTRAINT "endorsement_minutes_file_id_fkey" FOREIGN KEY ("minutes_file_id") REFERENCES "stored_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endorsement" ADD CONSTRAINT "endorsement_carried_over_from_id_fkey" FOREIGN KEY ("carried_over_from_id") REFERENCES "endorsement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signing_delegation" ADD CONSTRAINT "signing_delegation_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signing_delegation" ADD CONSTRAINT "signing_delegation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signing_delegation" ADD CONSTRAINT "signing_delegation_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_round" ADD CONSTRAINT "consultation_round_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "consultation_round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_response" ADD CONSTRAINT "consultation_response_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "consultation_invitation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "consultation_response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_focus_area_id_fkey" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_action_item_id_fkey" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_disposition" ADD CONSTRAINT "comment_disposition_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "consultation_comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_period" ADD CONSTRAINT "reporting_period_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "programme_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_report" ADD CONSTRAINT "follow_up_report_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "action_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_report" ADD CONSTRAINT "follow_up_report_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "action_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
