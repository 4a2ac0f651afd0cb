CREATE TABLE "config_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
INSERT INTO "config_version" ("id", "version") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION "bump_config_version"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE "config_version" SET "version" = "version" + 1; RETURN NULL; END $$;--> statement-breakpoint
CREATE TRIGGER "communes_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "communes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();--> statement-breakpoint
CREATE TRIGGER "activities_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "activities" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();
