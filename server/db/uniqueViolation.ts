/** SQLSTATE 23505 on the error or, as drizzle wraps it, on its cause: a unique index decided a race. */
export function isUniqueViolation(e: unknown): boolean {
  for (let x = e, i = 0; x && typeof x === 'object' && i < 4; x = (x as { cause?: unknown }).cause, i++)
    if ((x as { code?: unknown }).code === '23505') return true;
  return false;
}
