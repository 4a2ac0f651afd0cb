DROP INDEX "invoices_monthly_once";--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_monthly_once" ON "invoices" USING btree ("household_id","period_start") WHERE kind = 'monthly';