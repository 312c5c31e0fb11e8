-- Exclusion constraints on (resource, time range) need btree_gist for the equality part.
CREATE EXTENSION IF NOT EXISTS btree_gist;
