import type { ImportErrorInfo } from '../../core/restore/index.ts';

/** Files larger than this are refused before they are read (the core refuses such texts too). */
export const MAX_IMPORT_BYTES = 1_000_000;

export type FileText = { ok: true; text: string } | { ok: false; error: ImportErrorInfo };

/** The text of a file the admin picked or dropped; a file over 1 MB is refused unread. */
export async function readConfigFile(file: File): Promise<FileText> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: { message: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; files over 1 MB are refused (a config.yaml is usually a few kilobytes).` },
    };
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, error: { message: `${file.name} could not be read.` } };
  }
  try {
    // helm reads values files as UTF-8 and refuses anything else: so does the import, rather than
    // reading a Latin-1 file with U+FFFD where its accents were
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: { message: `${file.name} is not UTF-8 text (perhaps Latin-1 or another older encoding), which helm refuses. Save it as UTF-8 and import it again.` } };
  }
}
