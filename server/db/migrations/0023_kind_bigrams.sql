-- The search index keyed by kind: each 2-character substring prefixed with the record's kind, so
-- a kind's list searches only its own records' entries. With one index of bare bigrams, a word
-- common in other kinds (宅基地 in a million disputes) made a search of a kind where it is rare
-- read every other kind's match before the kind filter dropped them (docs/performance.md §11).
-- Queries use: zh_kind_bigrams(kind, search_text) @> zh_kind_bigrams($kind, $q) AND search_text ILIKE %q%.
CREATE FUNCTION zh_kind_bigrams(k text, t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT k || ':' || substr(lower(t), i, 2)), '{}')
  FROM generate_series(1, char_length(t) - 1) AS i
$$;
-- (the index itself is rebuilt on it by the next migration, generated from the schema)
