/** A year from the address bar, or the fallback when absent or out of range. */
export function yearParam(raw: string | null, fallback: number): number {
  if (!raw || !/^\d{4}$/.test(raw)) return fallback;
  const y = Number(raw);
  return y >= 2000 && y <= fallback ? y : fallback;
}
