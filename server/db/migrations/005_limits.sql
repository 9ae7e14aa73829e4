-- The portal's submission limits, per consultation; NULL means no limit.

-- Most characters in one comment (body and proposed text together).
ALTER TABLE consultations ADD COLUMN max_comment_characters INTEGER;
-- Most pages of the package, a page being 3,000 characters (shared/submission/limits.ts).
ALTER TABLE consultations ADD COLUMN max_pages INTEGER;
-- 1 when only plain ASCII text is accepted.
ALTER TABLE consultations ADD COLUMN ascii_only INTEGER;
