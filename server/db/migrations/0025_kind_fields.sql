-- The exact keys a list page can look up at once, each prefixed with the record's kind: the
-- bigrams of the search text (zh_kind_bigrams, 0023), kind:field=value for every option code,
-- village id, yes/no and short numeric code in `data` (an array gives one key an element),
-- kind:@state=state, and kind:@m=YYYYMM, the month of the record's date. Names, free text, dates,
-- phone and ID numbers do not match the value pattern and stay out.
-- Why (issue 16, docs/performance.md §19): a county-wide search with a filter (a word and a role
-- among a million 法律明白人) matched too few of the newest rows for the walk of the date index,
-- and the plain indexes then combined the bigram index with the jsonb_path_ops index, which stores
-- hashes: every row it returned was rechecked, recomputing its bigrams. In one GIN index the word,
-- the filters and a few recent months are looked up together, exactly, and only the page's
-- candidates are read. The bigram index of 0024 stays for searches alone, whose plans and
-- estimates are tuned to it. KEYED_VALUE in ledgersRepo.ts is the same value pattern.
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
--> statement-breakpoint
CREATE FUNCTION zh_kind_keys(k text, t text, d jsonb, s text, e date) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  -- schema-qualified: PostgreSQL 17 builds an index with search_path pg_catalog only
  SELECT public.zh_kind_bigrams(k, t) || public.zh_kind_fields(k, d, s)
    || (k || ':@m=' || (extract(year FROM e)::int * 100 + extract(month FROM e)::int)::text)
$$;
-- (the index itself is built on it by the next migration, generated from the schema)
