/**
 * Limits on uploaded report files. A township report is 5–30 pages: a .docx of
 * 20–200 KB, a PDF of a few MB when scanned pages are mixed in. 50 MB leaves room
 * for reports with photos while keeping one upload from exhausting the server.
 */
export interface ReadLimits {
  maxFileBytes: number;
  maxUnzippedBytes: number;
  maxEntryRatio: number;
  ratioCheckMinBytes: number;
  maxZipEntries: number;
}

export const READ_LIMITS: Readonly<ReadLimits> = {
  /** Refused before any decoding. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Sum of the uncompressed sizes of a .docx's zip entries. */
  maxUnzippedBytes: 50 * 1024 * 1024,
  /**
   * Uncompressed / compressed size of one entry. Word XML compresses 5–20×;
   * deflate cannot exceed ~1030×, which only runs of identical bytes reach.
   */
  maxEntryRatio: 200,
  /** Entries smaller than this are not ratio-checked: tiny files compress oddly. */
  ratioCheckMinBytes: 1024 * 1024,
  /** A real .docx has 10–100 parts; thousands means something was built to hurt us. */
  maxZipEntries: 5000,
};
