ALTER TABLE `organizations` ADD `students_count` integer;--> statement-breakpoint
ALTER TABLE `organizations` ADD `enrolment_3e` integer;