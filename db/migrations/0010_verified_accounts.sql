-- Accounts that existed before address verification were created by set-up, invitations or
-- the demo seed, which all prove (or stand in for) the address: they count as verified.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;
--> statement-breakpoint
-- An account whose address nobody proved gains no role: otherwise whoever types in a future
-- colleague's address first keeps access once that address is invited. The modules check this
-- first with a clear message; this is the backstop. Raised as a check violation on the
-- constraint name below, so the app can map it to a 409.
CREATE FUNCTION "role_assignments_require_verified_user"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "users" WHERE "id" = NEW."user_id" AND "email_verified_at" IS NOT NULL) THEN
    RAISE EXCEPTION 'user % has no verified email address', NEW."user_id"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'role_assignments_verified_user';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "role_assignments_verified_user"
  BEFORE INSERT OR UPDATE OF "user_id" ON "role_assignments"
  FOR EACH ROW EXECUTE FUNCTION "role_assignments_require_verified_user"();
