ALTER TABLE `request_events` ADD `told_at` text;--> statement-breakpoint
ALTER TABLE `request_events` ADD `told_by` text;--> statement-breakpoint
CREATE INDEX `request_events_untold` ON `request_events` (`told_at`);--> statement-breakpoint
ALTER TABLE `requests` ADD `locale` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `conversation_ref` text;