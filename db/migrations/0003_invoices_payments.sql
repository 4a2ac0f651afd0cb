ALTER TABLE `invoices` ADD `kind` text DEFAULT 'monthly' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_monthly_once` ON `invoices` (`household_id`,`period_start`) WHERE kind = 'monthly';--> statement-breakpoint
ALTER TABLE `payments` ADD `account_id` integer REFERENCES accounts(id);--> statement-breakpoint
ALTER TABLE `payments` ADD `error_code` text;