/** A dateline: a place in capitals, maybe an agency in brackets, then a dash. */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .,'-]{1,40}[\p{Lu}.]\s*(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s/u

/**
 * Where the dateline that opens a story ends ("WASHINGTON (AP) — "), 0 when there is
 * none: it says where the story was filed, not whom it is about.
 *
 * @example datelineEnd('LONDON — Prices rose.') // 9
 */
export function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0
}
