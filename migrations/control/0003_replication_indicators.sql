CREATE TABLE `onboardings` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text,
	`slug` text NOT NULL,
	`template_ids` text NOT NULL,
	`steps` text NOT NULL,
	`status` text DEFAULT 'running' NOT NULL,
	`error` text,
	`requested_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `program_template_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`template_id` text NOT NULL,
	`version` text NOT NULL,
	`version_order` integer NOT NULL,
	`changelog` text NOT NULL,
	`definition` text NOT NULL,
	`min_schema_version` integer NOT NULL,
	`published_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `program_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `program_template_versions_template_version` ON `program_template_versions` (`template_id`,`version`);--> statement-breakpoint
CREATE TABLE `program_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text,
	`status` text DEFAULT 'published' NOT NULL,
	`latest_version` text NOT NULL,
	`source_tenant_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`source_tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `program_templates_slug_unique` ON `program_templates` (`slug`);--> statement-breakpoint
CREATE TABLE `replication_run_items` (
	`run_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`error` text,
	`program_id` text,
	`updated_at` text,
	PRIMARY KEY(`run_id`, `tenant_id`),
	FOREIGN KEY (`run_id`) REFERENCES `replication_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `replication_run_items_status` ON `replication_run_items` (`status`);--> statement-breakpoint
CREATE TABLE `replication_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`template_id` text NOT NULL,
	`version` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`total` integer NOT NULL,
	`requested_by` text,
	`onboarding_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`started_at` text,
	`finished_at` text,
	FOREIGN KEY (`template_id`) REFERENCES `program_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `replication_runs_created` ON `replication_runs` (`created_at`);--> statement-breakpoint
CREATE TABLE `indicator_cells` (
	`tenant_id` text NOT NULL,
	`period` text NOT NULL,
	`scope` text NOT NULL,
	`indicator` text NOT NULL,
	`dimension` text DEFAULT '' NOT NULL,
	`value` real,
	`suppressed` integer DEFAULT false NOT NULL,
	`pushed_at` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `period`, `scope`, `indicator`, `dimension`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicator_cells_indicator_period` ON `indicator_cells` (`indicator`,`period`);--> statement-breakpoint
CREATE TABLE `indicator_pushes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`period` text NOT NULL,
	`cells` integer NOT NULL,
	`suppressed_cells` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicator_pushes_tenant` ON `indicator_pushes` (`tenant_id`,`created_at`);--> statement-breakpoint
-- A published template version never changes: adopting tenants diff against it.
CREATE TRIGGER program_template_versions_no_update BEFORE UPDATE ON program_template_versions
BEGIN
  SELECT RAISE(ABORT, 'program_template_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER program_template_versions_no_delete BEFORE DELETE ON program_template_versions
BEGIN
  SELECT RAISE(ABORT, 'program_template_versions is append-only');
END;
