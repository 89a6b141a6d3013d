/** A pattern's codes: the active one and, after `:`, the passive one; `null` is `---`. */
export interface Codes {
  cameo: string | null
  passive: string | null
}

/** What reading one `[…]` code gave. */
export type CodeResult =
  | { ok: true; codes: Codes; padded: boolean }
  | { ok: false; reason: 'invalid code'; raw: string }

/** The codes of `../shared/reference/cameo-codes.tsv` (first column, header skipped). */
export function readCameoTable(tsv: string): Set<string> {
  const codes = new Set<string>()
  for (const line of tsv.split(/\r?\n/).slice(1)) {
    const code = line.split('\t')[0]?.trim()
    if (code) codes.add(code)
  }
  return codes
}

const isNull = (s: string) => /^-{3,4}$/.test(s)

/**
 * Reads a code as written inside `[…]`: `020`, `---`, `042:043`, `:173`. With `pad` (the
 * Spanish P1 file, whose codes lost their leading zero: `30` for `030`, `311` for `0311`)
 * a code is padded to the next CAMEO width when the table has it so; a two-digit code is
 * always padded, since root codes (`10`…`20`) never stand alone in these patterns.
 */
export function readCodes(raw: string, table: ReadonlySet<string>, pad = false): CodeResult {
  const parts = raw.trim().split(':')
  if (parts.length > 2) return { ok: false, reason: 'invalid code', raw }
  let padded = false
  const one = (s: string): string | null | undefined => {
    const t = s.trim()
    if (isNull(t) || (parts.length === 2 && t === '')) return null
    if (!/^\d{2,4}$/.test(t)) return undefined
    if (pad && (t.length === 2 || !table.has(t)) && table.has(`0${t}`)) {
      padded = true
      return `0${t}`
    }
    return table.has(t) ? t : undefined
  }
  const cameo = one(parts[0] ?? '')
  const passive = parts.length === 2 ? one(parts[1] ?? '') : null
  if (cameo === undefined || passive === undefined)
    return { ok: false, reason: 'invalid code', raw }
  return { ok: true, codes: { cameo, passive }, padded }
}
