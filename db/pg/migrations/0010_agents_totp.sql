ALTER TABLE "agent_sessions" ADD COLUMN "factor" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "totp_enrolled_at" text;