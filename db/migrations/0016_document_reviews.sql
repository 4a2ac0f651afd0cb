ALTER TABLE `documents` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `review_reason` text;