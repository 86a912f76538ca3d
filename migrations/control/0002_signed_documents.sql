CREATE TABLE `signed_documents` (
	`sha256` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`convention_id` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signed_documents_convention` ON `signed_documents` (`convention_id`);