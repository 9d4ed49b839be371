/**
 * The text of a 903 file from its bytes. The DfE's files are UTF-8 (with or without a byte order mark); spreadsheet
 * tools also save "Unicode text" as UTF-16 with a byte order mark, which is unambiguous and read as such. Any other
 * encoding (Windows-1252 from an old case system) cannot be told apart from damage, so its bytes are never guessed
 * at: each one that is not UTF-8 reads as U+FFFD, and the reader names the cell that holds it.
 */
export function decode903Text(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** What a byte that was not UTF-8 became in decode903Text. */
export const NOT_UTF8 = '\uFFFD';

export const NOT_UTF8_REASON = 'holds bytes that are not UTF-8 text (the file was saved in another encoding, e.g. Windows-1252): save it as UTF-8';
