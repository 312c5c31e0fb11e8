-- An issued invoice or credit note is a legal document: once numbered, its amounts, number,
-- party, dates and snapshots never change and it is never deleted. Only its status, paid cents
-- and sending/reminder fields move. Corrections are credit notes. Enforced here so that no
-- code path (nor psql) can rewrite an issued invoice.
CREATE FUNCTION invoices_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'invoice % is issued and cannot be deleted', OLD.number USING ERRCODE = '55000';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND (
    NEW.status = 'draft'
    OR NEW.id IS DISTINCT FROM OLD.id
    OR NEW.werkplaats_id IS DISTINCT FROM OLD.werkplaats_id
    OR NEW.party_id IS DISTINCT FROM OLD.party_id
    OR NEW.kind IS DISTINCT FROM OLD.kind
    OR NEW.number IS DISTINCT FROM OLD.number
    OR NEW.year IS DISTINCT FROM OLD.year
    OR NEW.sequence IS DISTINCT FROM OLD.sequence
    OR NEW.issue_date IS DISTINCT FROM OLD.issue_date
    OR NEW.due_date IS DISTINCT FROM OLD.due_date
    OR NEW.period_start IS DISTINCT FROM OLD.period_start
    OR NEW.period_end IS DISTINCT FROM OLD.period_end
    OR NEW.credits_invoice_id IS DISTINCT FROM OLD.credits_invoice_id
    OR NEW.net_cents IS DISTINCT FROM OLD.net_cents
    OR NEW.btw_cents IS DISTINCT FROM OLD.btw_cents
    OR NEW.gross_cents IS DISTINCT FROM OLD.gross_cents
    OR NEW.payment_reference IS DISTINCT FROM OLD.payment_reference
    OR NEW.supplier IS DISTINCT FROM OLD.supplier
    OR NEW.customer IS DISTINCT FROM OLD.customer
    OR NEW.language IS DISTINCT FROM OLD.language
    OR NEW.notes IS DISTINCT FROM OLD.notes
    OR NEW.created_by IS DISTINCT FROM OLD.created_by
    OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
  ) THEN
    RAISE EXCEPTION 'invoice % is issued and cannot change', OLD.number USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER invoices_issued_frozen BEFORE UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_refuse_issued_change();
--> statement-breakpoint
-- The lines of an issued invoice are part of the document: none added, changed or removed.
CREATE FUNCTION invoice_lines_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_status text;
BEGIN
  SELECT status INTO parent_status FROM invoices
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END;
  -- A missing parent means the draft itself is being deleted (cascade): let its lines go.
  IF parent_status IS NOT NULL AND parent_status <> 'draft' THEN
    RAISE EXCEPTION 'the lines of an issued invoice cannot change' USING ERRCODE = '55000';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.invoice_id IS DISTINCT FROM OLD.invoice_id THEN
    SELECT status INTO parent_status FROM invoices WHERE id = OLD.invoice_id;
    IF parent_status IS NOT NULL AND parent_status <> 'draft' THEN
      RAISE EXCEPTION 'the lines of an issued invoice cannot change' USING ERRCODE = '55000';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_issued_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION invoice_lines_refuse_issued_change();
--> statement-breakpoint
-- The audit trail is appended to, never rewritten.
CREATE FUNCTION money_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'money events cannot be changed or deleted' USING ERRCODE = '55000';
END
$$;
--> statement-breakpoint
CREATE TRIGGER money_events_append_only BEFORE UPDATE ON money_events
  FOR EACH ROW EXECUTE FUNCTION money_events_append_only();
