-- Proactive-disclosure records (kind 'disclosure') classed under the 2008 category keys are
-- re-classed to the 2019 categories of 《政府信息公开条例》 (2019-04-03 revised, in force
-- 2019-05-15) Art. 20 and, for 乡（镇）, Art. 21 (core/ledgers/kinds/disclosure.ts). Keys the
-- 2019 list kept ('finance', 'other') stay. Where an old category joined several items, the
-- record goes to the first one the township list names:
--   rural_revitalisation 贯彻落实乡村振兴战略政策措施        → agri_policy (Art. 21 农业农村政策)
--   land_planning        乡镇土地利用总体规划、宅基地使用审核  → homestead (Art. 21 宅基地使用情况审核)
--   expropriation        征收或征用土地、房屋拆迁及补偿      → land_expropriation (Art. 21 土地征收)
--   welfare              社会救助、抚恤、优抚、救灾资金发放  → social_assistance (Art. 21 社会救助)
--   public_works         乡镇公共事业建设、政府采购          → procurement (Art. 20 第九、十项)
--   family_planning      计划生育、户籍、社会保障            → livelihood (Art. 20 第十一项 社会保障)
--   general              机构职能、规范性文件、规划计划等    → organisation (Art. 20 第二项 机构职能)
-- The version is bumped so an edit form opened before the migration is refused as stale rather
-- than saving the old key back. Running it again changes nothing.
UPDATE "ledger_records" AS r
SET "data" = jsonb_set(r."data", '{category}', to_jsonb(m.new_key)),
	"version" = r."version" + 1
FROM (VALUES
	('rural_revitalisation', 'agri_policy'),
	('land_planning', 'homestead'),
	('expropriation', 'land_expropriation'),
	('welfare', 'social_assistance'),
	('public_works', 'procurement'),
	('family_planning', 'livelihood'),
	('general', 'organisation')
) AS m(old_key, new_key)
WHERE r."kind" = 'disclosure' AND r."data"->>'category' = m.old_key;
