CREATE TABLE `booklet_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `discovery_students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `booklet_pages` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`page` text NOT NULL,
	`content` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `discovery_students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booklet_pages_student_page` ON `booklet_pages` (`student_id`,`page`);--> statement-breakpoint
CREATE TABLE `discovery_attendance` (
	`student_id` text NOT NULL,
	`day_index` integer NOT NULL,
	`present` integer NOT NULL,
	`marked_by` text,
	`marked_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `discovery_students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discovery_attendance_student_day` ON `discovery_attendance` (`student_id`,`day_index`);--> statement-breakpoint
CREATE TABLE `discovery_authorisations` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` text NOT NULL,
	`guardian_name` text,
	`relationship` text,
	`decision` text,
	`decided_at` text,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`student_id`) REFERENCES `discovery_students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discovery_authorisations_token_hash_unique` ON `discovery_authorisations` (`token_hash`);--> statement-breakpoint
CREATE TABLE `discovery_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`number` integer NOT NULL,
	`week_id` text,
	`score` real,
	`explanation` text,
	FOREIGN KEY (`program_id`) REFERENCES `discovery_programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`week_id`) REFERENCES `discovery_weeks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `discovery_groups_program` ON `discovery_groups` (`program_id`);--> statement-breakpoint
CREATE TABLE `discovery_hosts` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`convention_id` text,
	`name` text NOT NULL,
	`job_family` text NOT NULL,
	`mixed_job` integer DEFAULT false NOT NULL,
	`capacity_groups_per_day` integer NOT NULL,
	`available_weeks` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `discovery_programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `discovery_hosts_program` ON `discovery_hosts` (`program_id`);--> statement-breakpoint
CREATE TABLE `discovery_plan_days` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text NOT NULL,
	`day_index` integer NOT NULL,
	`kind` text NOT NULL,
	`host_id` text,
	`tutor_id` text,
	FOREIGN KEY (`group_id`) REFERENCES `discovery_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_id`) REFERENCES `discovery_hosts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tutor_id`) REFERENCES `discovery_tutors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discovery_plan_days_group_day` ON `discovery_plan_days` (`group_id`,`day_index`);--> statement-breakpoint
CREATE TABLE `discovery_programs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`season` text NOT NULL,
	`total_places` integer NOT NULL,
	`priority_weights` text NOT NULL,
	`minimum_per_school` integer DEFAULT 0 NOT NULL,
	`group_size` integer DEFAULT 5 NOT NULL,
	`layout` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `discovery_quotas` (
	`program_id` text NOT NULL,
	`school_id` text NOT NULL,
	`quota` integer NOT NULL,
	`explanation` text NOT NULL,
	`computed_at` text NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `discovery_programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discovery_quotas_program_school` ON `discovery_quotas` (`program_id`,`school_id`);--> statement-breakpoint
CREATE TABLE `discovery_students` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`school_id` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`gender` text NOT NULL,
	`interests` text NOT NULL,
	`reason` text NOT NULL,
	`guardian_email` text NOT NULL,
	`authorisation` text DEFAULT 'pending' NOT NULL,
	`group_id` text,
	`nominated_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `discovery_programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `discovery_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `discovery_students_program_school` ON `discovery_students` (`program_id`,`school_id`);--> statement-breakpoint
CREATE TABLE `discovery_tutors` (
	`id` text PRIMARY KEY NOT NULL,
	`host_id` text NOT NULL,
	`identity_id` text,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`days` text,
	FOREIGN KEY (`host_id`) REFERENCES `discovery_hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `discovery_weeks` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`start_date` text NOT NULL,
	`closed_at` text,
	FOREIGN KEY (`program_id`) REFERENCES `discovery_programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discovery_weeks_program_start` ON `discovery_weeks` (`program_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`week_id` text,
	`respondent_kind` text NOT NULL,
	`respondent_ref` text NOT NULL,
	`satisfaction` integer NOT NULL,
	`answers` text NOT NULL,
	`submitted_at` text NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `discovery_programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`week_id`) REFERENCES `discovery_weeks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_respondent` ON `survey_responses` (`program_id`,`respondent_kind`,`respondent_ref`);