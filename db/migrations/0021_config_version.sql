CREATE TABLE `config_version` (
	`id` integer PRIMARY KEY DEFAULT 1 NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `config_version` (`id`, `version`) VALUES (1, 0);--> statement-breakpoint
CREATE TRIGGER `communes_version_insert` AFTER INSERT ON `communes` BEGIN UPDATE `config_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `communes_version_update` AFTER UPDATE ON `communes` BEGIN UPDATE `config_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `communes_version_delete` AFTER DELETE ON `communes` BEGIN UPDATE `config_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `activities_version_insert` AFTER INSERT ON `activities` BEGIN UPDATE `config_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `activities_version_update` AFTER UPDATE ON `activities` BEGIN UPDATE `config_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `activities_version_delete` AFTER DELETE ON `activities` BEGIN UPDATE `config_version` SET `version` = `version` + 1; END;
