// C0 controls other than tab and newline, DEL, and the C1 range carry no text in news.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/**
 * The text every offset points into: Unicode NFC, `\n` line ends, no control
 * characters, non-breaking and odd spaces as plain spaces, no surrounding blank lines.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/^\s+|\s+$/g, '')
}
