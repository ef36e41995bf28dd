/**
 * Personal data leaves the server masked unless a route says it needs it. This
 * is the one place masking rules live.
 */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\s/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** 18-digit 居民身份证号: keep region (first 6) and check digit, hide the birth date and sequence. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 7)}${id.slice(-1)}`;
}
