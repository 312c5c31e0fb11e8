-- hand-written below
-- Whether a day pass or an event ticket is paid has one source: its receipt-style invoice in the
-- ledger (charge key 'daypass:<id>' or 'ticket:<id>'). The passes' and tickets' own paid_at is a
-- mirror kept by this trigger, in the same transaction as the payment (by hand, at the desk,
-- from a bank statement or, later, Stripe), because the unpaid-pass rules (the partial unique
-- index, capacity after 10:00, no self check-in) need a column to test. Nothing else writes it.
CREATE FUNCTION sales_paid_from_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind <> 'invoice' OR NEW.status IS NOT DISTINCT FROM OLD.status OR (NEW.status <> 'paid' AND OLD.status <> 'paid') THEN
    RETURN NULL;
  END IF;
  IF NEW.status = 'paid' THEN
    UPDATE day_passes p SET paid_at = coalesce(p.paid_at, now())
      FROM invoice_lines l
      WHERE l.invoice_id = NEW.id AND l.charge_key = 'daypass:' || p.id::text;
    UPDATE registrations r SET paid_at = coalesce(r.paid_at, now())
      FROM invoice_lines l
      WHERE l.invoice_id = NEW.id AND l.charge_key = 'ticket:' || r.id::text;
  ELSE
    -- Reopened (a storno) or credited: unpaid again. A guest may hold one unpaid pass a day
    -- (a unique index); a second, reopened one stays marked paid rather than failing the import.
    UPDATE day_passes p SET paid_at = NULL
      FROM invoice_lines l
      WHERE l.invoice_id = NEW.id AND l.charge_key = 'daypass:' || p.id::text
        AND NOT EXISTS (
          SELECT 1 FROM day_passes o
          WHERE o.werkplaats_id = p.werkplaats_id AND o.guest_email = p.guest_email AND o.day = p.day
            AND o.status = 'valid' AND o.paid_at IS NULL AND o.id <> p.id);
    UPDATE registrations r SET paid_at = NULL
      FROM invoice_lines l
      WHERE l.invoice_id = NEW.id AND l.charge_key = 'ticket:' || r.id::text;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER invoices_sales_paid AFTER UPDATE OF status ON invoices
  FOR EACH ROW EXECUTE FUNCTION sales_paid_from_invoice();
