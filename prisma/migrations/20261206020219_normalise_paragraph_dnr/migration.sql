-- § and Dnr are normalised on input (lib/endorsements/schema.ts normaliseParagraph,
-- lib/strategies/schema.ts normaliseDiarienummer); this brings the rows stored before that to the
-- same form, so the interface can add "§ " and "Dnr " itself without ever showing "§ § 12".
--
-- Paragraph: surrounding whitespace and leading "§" dropped; a paragraph number ("12", "12 a") is
-- stored as "12" / "12a"; anything else is kept as written (whitespace collapsed); empty → NULL.
-- Dnr: whitespace collapsed and trimmed, a leading "Dnr", "Dnr:" or "dnr." dropped; empty → NULL.
--
-- A correction of form, not of a decision: no audit rows. User triggers are switched off for the
-- statements so that write-once guards on decided endorsements and ratification fields (added by
-- later migrations) cannot refuse this one-time rewrite; they are on again before the commit.

CREATE FUNCTION pg_temp.lansplan_paragraph(p_value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN stripped = '' THEN NULL
    WHEN stripped ~* '^[0-9]{1,6}\s?[a-zåäö]?$' THEN lower(regexp_replace(stripped, '\s', '', 'g'))
    ELSE regexp_replace(stripped, '\s+', ' ', 'g')
  END
  FROM (SELECT regexp_replace(regexp_replace(p_value, '^\s+|\s+$', '', 'g'), '^(§\s*)+', '') AS stripped) AS s
$$;

CREATE FUNCTION pg_temp.lansplan_dnr(p_value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT NULLIF(regexp_replace(regexp_replace(regexp_replace(p_value, '\s+', ' ', 'g'), '^ | $', '', 'g'), '^dnr\M[.:]?\s*', '', 'i'), '')
$$;

ALTER TABLE endorsement DISABLE TRIGGER USER;
UPDATE endorsement
SET paragraph = pg_temp.lansplan_paragraph(paragraph), diarienummer = pg_temp.lansplan_dnr(diarienummer)
WHERE paragraph IS DISTINCT FROM pg_temp.lansplan_paragraph(paragraph)
   OR diarienummer IS DISTINCT FROM pg_temp.lansplan_dnr(diarienummer);
ALTER TABLE endorsement ENABLE TRIGGER USER;

ALTER TABLE programme_version DISABLE TRIGGER USER;
UPDATE programme_version
SET ratification_dnr = pg_temp.lansplan_dnr(ratification_dnr)
WHERE ratification_dnr IS DISTINCT FROM pg_temp.lansplan_dnr(ratification_dnr);
ALTER TABLE programme_version ENABLE TRIGGER USER;

UPDATE strategy_extension
SET diarienummer = pg_temp.lansplan_dnr(diarienummer)
WHERE diarienummer IS DISTINCT FROM pg_temp.lansplan_dnr(diarienummer);
