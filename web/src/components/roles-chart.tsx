import { href, spanHref } from '../router.js'
import type { StoredEntity, StoredRole } from '../types.js'

const DAY = 86_400_000
const toDay = (d: string) =>
  Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d) / DAY

interface Row {
  label: string
  spans: { from: number; to: number; open: boolean }[]
  seen: { day: number; href: string; published: string }[]
}

/** The actor's roles on a time axis: terms from the lexicon as bars, roles read in articles as dots. */
export function RolesChart({
  roles,
  actor,
}: {
  roles: readonly StoredRole[]
  actor: StoredEntity
}) {
  if (!roles.length) return <p class="status">No roles recorded.</p>
  const today = toDay(actor.lastSeen)
  const rows = new Map<string, Row>()
  for (const r of roles) {
    const label = r.of ? `${r.title}, ${r.of}` : r.title
    let row = rows.get(label)
    if (!row) {
      row = { label, spans: [], seen: [] }
      rows.set(label, row)
    }
    if (r.from) row.spans.push({ from: toDay(r.from), to: r.to ? toDay(r.to) : today, open: !r.to })
    if (r.via === 'text')
      row.seen.push({
        day: toDay(r.published),
        href: r.span ? spanHref(r.article, r.span.start, r.span.end) : href(['article', r.article]),
        published: r.published,
      })
  }
  const list = [...rows.values()].slice(0, 14)
  const days = list.flatMap((r) => [
    ...r.spans.flatMap((s) => [s.from, s.to]),
    ...r.seen.map((s) => s.day),
  ])
  const lo = Math.min(...days, toDay(actor.firstSeen))
  const hi = Math.max(...days, today) + 1
  const W = 1000
  const L = 260
  const x = (d: number) => L + ((d - lo) / (hi - lo)) * (W - L - 10)
  const years: number[] = []
  for (
    let y = new Date(lo * DAY).getUTCFullYear() + 1;
    y <= new Date(hi * DAY).getUTCFullYear();
    y++
  )
    years.push(y)
  const step = Math.ceil(years.length / 8)
  const rowH = 24
  const H = list.length * rowH + 24
  return (
    <figure class="roles">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${list.length} roles over time`}>
        {years
          .filter((_, i) => i % step === 0)
          .map((y) => (
            <g key={y} class="tick">
              <line x1={x(toDay(String(y)))} x2={x(toDay(String(y)))} y1={0} y2={H - 18} />
              <text x={x(toDay(String(y)))} y={H - 4} text-anchor="middle">
                {y}
              </text>
            </g>
          ))}
        {list.map((row, i) => (
          <g key={row.label} transform={`translate(0 ${i * rowH})`}>
            <text x={L - 8} y={16} text-anchor="end" class="label">
              {row.label.length > 40 ? `${row.label.slice(0, 39)}…` : row.label}
            </text>
            {row.spans.map((s) => (
              <rect
                key={`${s.from}-${s.to}`}
                class={s.open ? 'term open' : 'term'}
                x={x(s.from)}
                y={6}
                width={Math.max(3, x(s.to) - x(s.from))}
                height={12}
                rx={3}
              />
            ))}
            {row.seen.map((s) => (
              <a key={`${s.href}-${s.day}`} href={s.href}>
                <circle class="seen" cx={x(s.day)} cy={12} r={5}>
                  <title>{`${row.label}: read in an article of ${s.published}`}</title>
                </circle>
              </a>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        Bars: terms of office (from the office-holder lexicon); dots: the role as an article states
        it, on its publication date.
      </figcaption>
    </figure>
  )
}
