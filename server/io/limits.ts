/**
 * Every limit on uploaded files, in one place. A township report is 5–30 pages: a .docx of
 * 20–200 KB, a PDF of a few MB when scanned pages are mixed in; real ones stay under 20 MB even
 * with photos. Uploads are streamed to a temporary directory (io/uploadSpool.ts), never held
 * whole in memory; the batch bounds keep one request from filling the disk (issue 14 §1.6).
 */
const MB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /** One report file in a review upload. */
  reportFileBytes: 20 * MB,
  /** Files in one review upload: a county's townships and streets, with room to spare. */
  reportFilesPerBatch: 50,
  /** All files of one review upload together. */
  reportBatchBytes: 200 * MB,
  /** One ledger attachment (a scanned certificate, a photo, a signed record). */
  attachmentBytes: 20 * MB,
  /** One Excel file imported into a ledger. */
  importBytes: 20 * MB,
} as const;

export interface ReadLimits {
  maxFileBytes: number;
  maxUnzippedBytes: number;
  maxEntryRatio: number;
  ratioCheckMinBytes: number;
  maxZipEntries: number;
}

export const READ_LIMITS: Readonly<ReadLimits> = {
  /** Refused before any decoding. */
  maxFileBytes: UPLOAD_LIMITS.reportFileBytes,
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
