-- A notification on channel fazhi_versions whenever a statement writes the ledger versions (0007)
-- or the reference version (0017), delivered at commit. PGlite has one process and one session,
-- which listens to its own channel: the server then reads the versions again only after a write
-- instead of before every list page (server/routes/ledgers/listVersionSource.ts). On PostgreSQL
-- nothing listens and every list page reads the versions. NOTIFY folds identical notifications of
-- one transaction into one.
CREATE FUNCTION notify_list_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('fazhi_versions', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER notify_ledger_versions AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ledger_versions
FOR EACH STATEMENT EXECUTE FUNCTION notify_list_versions();
--> statement-breakpoint
CREATE TRIGGER notify_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reference_version
FOR EACH STATEMENT EXECUTE FUNCTION notify_list_versions();
