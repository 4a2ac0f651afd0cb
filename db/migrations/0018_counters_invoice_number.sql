CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `invoices_household_number`;--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_number` ON `invoices` (`number`);