ALTER TABLE "accounts" ADD COLUMN "phone_key" text;--> statement-breakpoint
CREATE INDEX "accounts_phone_key" ON "accounts" USING btree ("phone_key");--> statement-breakpoint
UPDATE "accounts" SET "phone_key" = right(regexp_replace("phone", '\D', '', 'g'), 9) WHERE "phone" IS NOT NULL;