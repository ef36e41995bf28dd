-- The exact keys of a record's filterable values, each prefixed with its kind: kind:field=value
-- for every option code, village id, yes/no and short numeric code in `data` (arrays give one key
-- an element), and kind:@state=state. Names, free text, dates, phone and ID numbers do not match
-- the pattern and stay out of the index. The jsonb_path_ops index answers the same containment
-- tests but stores hashes, so every row it returns is rechecked, and with it every other condition
-- of the scan: a county-wide search with a filter recomputed the bigrams of each of thousands of
-- candidates (issue 16, docs/performance.md §18). These keys are exact, so the bigram and field
-- indexes intersect without a recheck. core's ledger lists (keyedValue in ledgersRepo.ts) use the
-- same pattern to decide which filters these keys can answer.
CREATE FUNCTION zh_kind_fields(k text, d jsonb, s text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array(
    SELECT DISTINCT k || ':' || e.key || '=' || x.v
    FROM jsonb_each(d) AS e
    CROSS JOIN LATERAL (
      SELECT e.value #>> '{}' AS v WHERE jsonb_typeof(e.value) IN ('string', 'boolean', 'number')
      UNION ALL
      SELECT a #>> '{}' FROM jsonb_array_elements(
        CASE WHEN jsonb_typeof(e.value) = 'array' THEN e.value ELSE '[]'::jsonb END) AS a
      WHERE jsonb_typeof(a) IN ('string', 'boolean', 'number')
    ) AS x
    WHERE x.v ~ '^([a-z][a-z0-9_]{0,39}|[0-9]{1,6}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$'
  ) || (k || ':@state=' || s)
$$;
-- (the index itself is built on it by the next migration, generated from the schema)
