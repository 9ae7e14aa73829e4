-- The language a submit rendered its package files' labels in (the submitter's UI language), so
-- the receipt says which words the frozen bytes carry. NULL for withdrawals, and for submits made
-- before this column, which were all rendered in English.
ALTER TABLE submissions ADD COLUMN language TEXT CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
