-- hand-written below
-- Every app instance keeps the werkplaatsen in memory (decision 056): any change, from any
-- instance or by hand, tells all of them to read the list again.
CREATE OR REPLACE FUNCTION werkplaatsen_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('werkplaats_changed', '');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER werkplaatsen_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON werkplaatsen
  FOR EACH STATEMENT EXECUTE FUNCTION werkplaatsen_notify_change();
