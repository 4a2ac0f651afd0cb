ALTER TABLE "documents" ADD COLUMN "reviewed_at" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "review_reason" text;