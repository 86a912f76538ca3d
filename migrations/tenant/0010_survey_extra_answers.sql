-- Answers to an adopted template's own survey questions, kept with the label and kind they were asked with.
ALTER TABLE `debriefs` ADD `extra_answers` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `extra_answers` text DEFAULT '[]' NOT NULL;