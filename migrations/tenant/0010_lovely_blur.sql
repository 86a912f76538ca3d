ALTER TABLE `debriefs` ADD `extra_answers` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `extra_answers` text DEFAULT '[]' NOT NULL;