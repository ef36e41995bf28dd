import crypto from 'node:crypto';

/** SM3 (GB/T 32905) when this OpenSSL offers it, else SHA-256; the choice is recorded per audit record. */
export const AUDIT_HASH_ALGO: 'sm3' | 'sha256' = crypto.getHashes().includes('sm3') ? 'sm3' : 'sha256';

export function digestHex(algo: string, data: string): string {
  return crypto.createHash(algo).update(data, 'utf8').digest('hex');
}

export function sha256Hex(data: string): string {
  return crypto.createHash('sha256').update(data, 'utf8').digest('hex');
}
