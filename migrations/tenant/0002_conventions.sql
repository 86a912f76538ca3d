CREATE TABLE `commitment_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`convention_id` text NOT NULL,
	`type` text NOT NULL,
	`year_index` integer NOT NULL,
	`quantity` integer NOT NULL,
	`note` text,
	`source` text NOT NULL,
	`source_id` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deliveries_convention` ON `commitment_deliveries` (`convention_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_source` ON `commitment_deliveries` (`source`,`source_id`);--> statement-breakpoint
CREATE TABLE `convention_commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`convention_id` text NOT NULL,
	`type` text NOT NULL,
	`quantity_per_year` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commitments_convention_type` ON `convention_commitments` (`convention_id`,`type`);--> statement-breakpoint
CREATE TABLE `convention_events` (
	`id` text PRIMARY KEY NOT NULL,
	`convention_id` text NOT NULL,
	`seq` integer NOT NULL,
	`at` text NOT NULL,
	`type` text NOT NULL,
	`signer_id` text,
	`actor` text,
	`auth_method` text,
	`ip` text,
	`user_agent` text,
	`document_sha256` text,
	`detail` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `convention_events_seq` ON `convention_events` (`convention_id`,`seq`);--> statement-breakpoint
CREATE TABLE `convention_signers` (
	`id` text PRIMARY KEY NOT NULL,
	`convention_id` text NOT NULL,
	`role` text NOT NULL,
	`label` text NOT NULL,
	`sign_order` integer NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL,
	`email` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`signed_at` text,
	`auth_method` text,
	`declined_reason` text,
	`notified_at` text,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signers_convention` ON `convention_signers` (`convention_id`);--> statement-breakpoint
CREATE TABLE `convention_template_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`template_id` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`clauses` text NOT NULL,
	`commitment_types` text NOT NULL,
	`duration_months` integer NOT NULL,
	`signatories` text NOT NULL,
	`signing_order` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `convention_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `template_versions_template_version` ON `convention_template_versions` (`template_id`,`version`);--> statement-breakpoint
CREATE TABLE `convention_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`is_public` integer DEFAULT false NOT NULL,
	`description` text,
	`status` text DEFAULT 'active' NOT NULL,
	`current_version` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `conventions` (
	`id` text PRIMARY KEY NOT NULL,
	`template_version_id` text NOT NULL,
	`partner_organization_id` text NOT NULL,
	`operator_organization_id` text,
	`title` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`renewal_of_id` text,
	`document_pdf` blob,
	`document_sha256` text,
	`final_pdf` blob,
	`final_sha256` text,
	`sent_at` text,
	`activated_at` text,
	`ended_at` text,
	`end_reason` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`template_version_id`) REFERENCES `convention_template_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conventions_status` ON `conventions` (`status`,`end_date`);--> statement-breakpoint
CREATE INDEX `conventions_partner` ON `conventions` (`partner_organization_id`);--> statement-breakpoint
CREATE INDEX `conventions_document` ON `conventions` (`document_sha256`);--> statement-breakpoint
CREATE INDEX `conventions_final` ON `conventions` (`final_sha256`);--> statement-breakpoint
CREATE TABLE `event_registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`school_id` text NOT NULL,
	`first_name` text NOT NULL,
	`level` text NOT NULL,
	`registered_by` text,
	`attended` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `partner_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `registrations_event` ON `event_registrations` (`event_id`);--> statement-breakpoint
CREATE TABLE `partner_events` (
	`id` text PRIMARY KEY NOT NULL,
	`convention_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`place` text NOT NULL,
	`capacity` integer NOT NULL,
	`audience_levels` text NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`convention_id`) REFERENCES `conventions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partner_events_date` ON `partner_events` (`date`);--> statement-breakpoint
CREATE INDEX `partner_events_convention` ON `partner_events` (`convention_id`);--> statement-breakpoint
CREATE TABLE `signing_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`signer_id` text NOT NULL,
	`convention_id` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`signer_id`) REFERENCES `convention_signers`(`id`) ON UPDATE no action ON DELETE no action
);
