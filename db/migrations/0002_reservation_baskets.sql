CREATE TABLE `baskets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`account_id` integer,
	`activity_id` integer NOT NULL,
	`changes` text NOT NULL,
	`status` text NOT NULL,
	`reference` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`confirmed_at` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `baskets_reference` ON `baskets` (`reference`);--> statement-breakpoint
CREATE INDEX `baskets_household` ON `baskets` (`household_id`);--> statement-breakpoint
ALTER TABLE `reservations` ADD `cancelled_late` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `reservations` ADD `basket_id` integer REFERENCES baskets(id);