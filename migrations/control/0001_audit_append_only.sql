-- The audit trail is append-only: the database itself refuses to change or remove a row.
CREATE TRIGGER national_audit_log_no_update BEFORE UPDATE ON national_audit_log
BEGIN
  SELECT RAISE(ABORT, 'national_audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER national_audit_log_no_delete BEFORE DELETE ON national_audit_log
BEGIN
  SELECT RAISE(ABORT, 'national_audit_log is append-only');
END;
