-- Team invitations move into the one invitations table, as scope 'company', with their
-- werkplaats taken from the company. Token hashes, expiry, acceptance and revocation come along
-- unchanged, so a link already emailed keeps working exactly as before (and a used one stays used).
INSERT INTO "invitations" (
  "id", "werkplaats_id", "scope", "company_id", "email", "name", "token_hash",
  "invited_by", "expires_at", "accepted_at", "revoked_at", "created_at"
)
SELECT
  ci."id", c."werkplaats_id", 'company', ci."company_id", ci."email", ci."name", ci."token_hash",
  ci."invited_by", ci."expires_at", ci."accepted_at", ci."revoked_at", ci."created_at"
FROM "company_invitations" ci
JOIN "companies" c ON c."id" = ci."company_id";
