/** Rows as a plain-text table for a terminal: columns padded, long cells cut with "…". */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  maxWidth = 60,
): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v).replace(/\s+/g, ' ').trim()
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s
  }
  const cells = [header.map(cell), ...rows.map((r) => r.map(cell))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return `${[line(cells[0] as string[]), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n')}\n`
}
