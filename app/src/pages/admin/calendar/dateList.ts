/**
 * Dates typed or pasted by an administrator from the State Council notice:
 * any separators, full-width digits, and 2027/1/4 or 2027年1月4日 forms.
 * Returns the dates as YYYY-MM-DD, sorted and unique, and what could not be read.
 */
export function parseDateList(input: string): { dates: string[]; invalid: string[] } {
  const folded = input.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const tokens = folded.split(/[\s,，、;；]+/).filter(Boolean);
  const dates = new Set<string>();
  const invalid: string[] = [];
  for (const t of tokens) {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
    const [, y, mo, d] = m ?? [];
    if (!y || !mo || !d) {
      invalid.push(t);
      continue;
    }
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const probe = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== iso) invalid.push(t);
    else dates.add(iso);
  }
  return { dates: [...dates].sort(), invalid };
}
