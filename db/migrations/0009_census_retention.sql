ALTER TABLE `households` ADD `census_reminders_at` text;--> statement-breakpoint
CREATE INDEX `bot_state_updated` ON `bot_state` (`updated_at`);