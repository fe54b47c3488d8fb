// A module of its own: the CLI's `validate` and `preview` decode files too, without loading the
// importer's document readers (mammoth) at start-up.

/**
 * Text from bytes: UTF-8, UTF-16 with a byte order mark (Windows Notepad's "Unicode"), or
 * Windows-1252; `undefined` for binary data.
 */
export function decodeText(bytes: Uint8Array): { text: string; legacy: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), legacy: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), legacy: false };
  }
  if (bytes.includes(0)) return undefined;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacy: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), legacy: true };
  }
}
