-- A convention's signature trail is append-only, like the audit log.
CREATE TRIGGER convention_events_no_update BEFORE UPDATE ON convention_events
BEGIN
  SELECT RAISE(ABORT, 'convention_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER convention_events_no_delete BEFORE DELETE ON convention_events
BEGIN
  SELECT RAISE(ABORT, 'convention_events is append-only');
END;
