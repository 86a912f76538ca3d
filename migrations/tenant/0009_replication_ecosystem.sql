CREATE TABLE `adopted_template_events` (
	`id` text PRIMARY KEY NOT NULL,
	`adopted_template_id` text NOT NULL,
	`action` text NOT NULL,
	`from_version` text,
	`to_version` text NOT NULL,
	`applied` text NOT NULL,
	`skipped` text NOT NULL,
	`actor_id` text,
	`at` text NOT NULL,
	`seq` integer NOT NULL,
	FOREIGN KEY (`adopted_template_id`) REFERENCES `adopted_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `adopted_template_events_adopted` ON `adopted_template_events` (`adopted_template_id`,`seq`);--> statement-breakpoint
CREATE TABLE `adopted_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`template_id` text NOT NULL,
	`template_slug` text NOT NULL,
	`template_name` text NOT NULL,
	`kind` text NOT NULL,
	`version` text NOT NULL,
	`base_definition` text NOT NULL,
	`extras` text NOT NULL,
	`program_id` text NOT NULL,
	`convention_template_id` text,
	`skipped_fields` text NOT NULL,
	`replication_run_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `adopted_templates_template` ON `adopted_templates` (`template_id`);--> statement-breakpoint
CREATE TABLE `tenant_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `organizations` ADD `commune_name` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `activities` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `audience` text;--> statement-breakpoint
-- An adopted template's history is append-only, like the audit log.
CREATE TRIGGER adopted_template_events_no_update BEFORE UPDATE ON adopted_template_events
BEGIN
  SELECT RAISE(ABORT, 'adopted_template_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER adopted_template_events_no_delete BEFORE DELETE ON adopted_template_events
BEGIN
  SELECT RAISE(ABORT, 'adopted_template_events is append-only');
END;
