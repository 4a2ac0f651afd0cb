CREATE TABLE `link_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`commune_id` text NOT NULL,
	`account_id` integer,
	`channel_user` text,
	`expires_at` text NOT NULL,
	`used_at` text,
	`tries` integer DEFAULT 0 NOT NULL,
	`code_hash` text,
	`code_expires_at` text,
	`code_attempts` integer DEFAULT 0 NOT NULL,
	`code_used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`commune_id`) REFERENCES `communes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `link_tokens_hash` ON `link_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `link_tokens_account` ON `link_tokens` (`account_id`,`purpose`);--> statement-breakpoint
CREATE INDEX `link_tokens_channel_user` ON `link_tokens` (`channel_user`);--> statement-breakpoint
ALTER TABLE `family_keys` ADD `selector` text;--> statement-breakpoint
CREATE INDEX `family_keys_selector` ON `family_keys` (`selector`);