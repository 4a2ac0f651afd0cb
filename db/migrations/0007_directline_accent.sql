CREATE TABLE `directline_activities` (
	`conversation_id` text NOT NULL,
	`seq` integer NOT NULL,
	`activity` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `directline_conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `directline_activities_seq` ON `directline_activities` (`conversation_id`,`seq`);--> statement-breakpoint
CREATE TABLE `directline_conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`commune_id` text,
	`locale` text NOT NULL,
	`started` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`last_active_at` text NOT NULL,
	FOREIGN KEY (`commune_id`) REFERENCES `communes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `directline_conversations_active` ON `directline_conversations` (`last_active_at`);--> statement-breakpoint
ALTER TABLE `communes` ADD `accent_color` text;