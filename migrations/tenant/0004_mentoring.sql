CREATE TABLE `approval_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`mentor_id` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `debriefs` (
	`id` text PRIMARY KEY NOT NULL,
	`pair_id` text NOT NULL,
	`respondent` text NOT NULL,
	`answers` text NOT NULL,
	`submitted_at` text NOT NULL,
	FOREIGN KEY (`pair_id`) REFERENCES `pairs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `debriefs_pair_respondent` ON `debriefs` (`pair_id`,`respondent`);--> statement-breakpoint
CREATE TABLE `guardian_authorisations` (
	`id` text PRIMARY KEY NOT NULL,
	`young_person_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` text NOT NULL,
	`guardian_name` text,
	`relationship` text,
	`scope` text,
	`decision` text,
	`decided_at` text,
	`ip` text,
	`user_agent` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `guardian_authorisations_token_hash_unique` ON `guardian_authorisations` (`token_hash`);--> statement-breakpoint
CREATE TABLE `match_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`method` text NOT NULL,
	`timed_out` integer NOT NULL,
	`elapsed_ms` real NOT NULL,
	`total_score` real NOT NULL,
	`proposals` integer NOT NULL,
	`unmatched` text NOT NULL,
	`run_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `mentoring_programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`pair_id` text NOT NULL,
	`date` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`on_work_time` integer DEFAULT false NOT NULL,
	`logged_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`pair_id`) REFERENCES `pairs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_pair` ON `meetings` (`pair_id`);--> statement-breakpoint
CREATE TABLE `mentoring_programs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`audience_levels` text NOT NULL,
	`eligibility` text NOT NULL,
	`season` text NOT NULL,
	`duration_months` integer NOT NULL,
	`default_capacity` integer NOT NULL,
	`weights` text NOT NULL,
	`max_distance_km` real,
	`operator_organization_id` text,
	`agent_hours_allowance` integer DEFAULT 0 NOT NULL,
	`no_meeting_reminder_weeks` integer DEFAULT 4 NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`operator_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `mentors` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`identity_id` text,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`email` text NOT NULL,
	`organization_id` text NOT NULL,
	`convention_id` text,
	`job_family` text NOT NULL,
	`job_title` text NOT NULL,
	`skills` text NOT NULL,
	`commune_code` text,
	`availability` text NOT NULL,
	`capacity` integer NOT NULL,
	`languages` text NOT NULL,
	`preferred_levels` text NOT NULL,
	`on_work_time` integer DEFAULT false NOT NULL,
	`manager_email` text,
	`manager_approval` text DEFAULT 'not_needed' NOT NULL,
	`manager_decided_at` text,
	`hours_allowance` integer DEFAULT 0 NOT NULL,
	`honorability_verified` integer,
	`honorability_checked_on` text,
	`honorability_expires_on` text,
	`honorability_verified_by` text,
	`charter_signed_at` text,
	`status` text DEFAULT 'active' NOT NULL,
	`invited_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `mentoring_programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentors_program` ON `mentors` (`program_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentors_program_email` ON `mentors` (`program_id`,`email`);--> statement-breakpoint
CREATE TABLE `pairs` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`match_run_id` text,
	`status` text DEFAULT 'proposed' NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`score` real,
	`breakdown` text,
	`proposed_at` text NOT NULL,
	`accepted_at` text,
	`introduced_at` text,
	`activated_at` text,
	`closed_at` text,
	`close_outcome` text,
	`close_reason` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `mentoring_programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pairs_program_status` ON `pairs` (`program_id`,`status`);--> statement-breakpoint
CREATE INDEX `pairs_mentor` ON `pairs` (`mentor_id`);--> statement-breakpoint
CREATE INDEX `pairs_young` ON `pairs` (`young_person_id`);--> statement-breakpoint
CREATE TABLE `rejected_pairs` (
	`program_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`rejected_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rejected_pairs_unique` ON `rejected_pairs` (`mentor_id`,`young_person_id`);--> statement-breakpoint
CREATE TABLE `young_people` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`birth_date` text NOT NULL,
	`identity_key` text NOT NULL,
	`level` text NOT NULL,
	`school_id` text NOT NULL,
	`commune_code` text,
	`interests` text NOT NULL,
	`availability` text NOT NULL,
	`languages` text NOT NULL,
	`reason` text NOT NULL,
	`reason_detail` text,
	`scholarship` integer NOT NULL,
	`priority_neighbourhood` integer NOT NULL,
	`custom_criteria` text NOT NULL,
	`eligibility` text NOT NULL,
	`eligible` integer NOT NULL,
	`guardian_email` text NOT NULL,
	`authorisation` text DEFAULT 'pending' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`nominated_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `mentoring_programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `young_people_program` ON `young_people` (`program_id`);--> statement-breakpoint
CREATE INDEX `young_people_identity` ON `young_people` (`identity_key`);