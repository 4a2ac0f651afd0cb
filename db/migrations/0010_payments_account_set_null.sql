-- payments.account_id was added by 0003 with ALTER TABLE … ADD … REFERENCES accounts(id), which drizzle-kit writes
-- without the ON DELETE SET NULL of db/schema.ts (PostgreSQL has it): deleting an account that had paid an invoice
-- failed on its foreign key. SQLite cannot change a foreign key in place: the table is copied into a new one that
-- has it, as drizzle-kit rebuilds a table, its ids and its AUTOINCREMENT counter kept. Nothing references payments.
CREATE TABLE `__new_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`reference` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text NOT NULL,
	`provider` text NOT NULL,
	`authorization` text,
	`account_id` integer,
	`error_code` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`completed_at` text,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_payments` (`id`, `invoice_id`, `reference`, `amount_cents`, `status`, `provider`, `authorization`, `account_id`, `error_code`, `created_at`, `completed_at`)
	SELECT `id`, `invoice_id`, `reference`, `amount_cents`, `status`, `provider`, `authorization`, `account_id`, `error_code`, `created_at`, `completed_at` FROM `payments`;--> statement-breakpoint
DELETE FROM `sqlite_sequence` WHERE `name` = '__new_payments';--> statement-breakpoint
INSERT INTO `sqlite_sequence` (`name`, `seq`) SELECT '__new_payments', `seq` FROM `sqlite_sequence` WHERE `name` = 'payments';--> statement-breakpoint
DROP TABLE `payments`;--> statement-breakpoint
ALTER TABLE `__new_payments` RENAME TO `payments`;--> statement-breakpoint
CREATE UNIQUE INDEX `payments_reference` ON `payments` (`reference`);--> statement-breakpoint
CREATE INDEX `payments_invoice` ON `payments` (`invoice_id`);
