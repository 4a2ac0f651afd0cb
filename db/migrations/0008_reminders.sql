CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`params` text NOT NULL,
	`expires_on` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`channel` text,
	`claimed_at` text,
	`sent_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_account_key` ON `reminders` (`account_id`,`key`);--> statement-breakpoint
CREATE INDEX `reminders_status` ON `reminders` (`status`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `reminders_stopped_at` text;