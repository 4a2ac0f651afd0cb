ALTER TABLE `agent_sessions` ADD `factor` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE `agents` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `agents` ADD `totp_last_step` integer;--> statement-breakpoint
ALTER TABLE `agents` ADD `totp_enrolled_at` text;