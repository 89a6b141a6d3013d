import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { type Annotation, type Layer, segments } from '../annotations.js'

export interface Target {
  start: number
  end: number
}

interface Props {
  text: string
  annotations: readonly Annotation[]
  layers: ReadonlySet<Layer>
  target: Target | null
}

/**
 * The article text with its highlights. Every piece of text is a text node: nothing
 * from the article is ever parsed as markup. Hovering a highlight shows what was
 * extracted there; the target span is outlined and scrolled into view.
 */
export function AnnotatedText({ text, annotations, layers, target }: Props) {
  const shown = useMemo(() => annotations.filter((a) => layers.has(a.layer)), [annotations, layers])
  const pieces = useMemo(
    () => segments(text.length, shown, target ? [target.start, target.end] : []),
    [text, shown, target],
  )
  const box = useRef<HTMLDivElement>(null)
  const [hover, setHover] = useState<{ i: number; x: number; y: number } | null>(null)

  useEffect(() => {
    box.current?.querySelector('.target')?.scrollIntoView({ block: 'center' })
  }, [target, pieces])

  const onOver = (e: MouseEvent) => {
    const el = (e.target as Element).closest('[data-i]')
    if (!el || !box.current) return setHover(null)
    const r = el.getBoundingClientRect()
    const b = box.current.getBoundingClientRect()
    setHover({ i: Number(el.getAttribute('data-i')), x: r.left - b.left, y: r.bottom - b.top + 4 })
  }

  const hovered = hover ? pieces[hover.i] : undefined
  const items = hovered ? uniqueItems(hovered.anns) : []
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the tooltip repeats, for the mouse, what the lists beside the text give to everyone
    // biome-ignore lint/a11y/useKeyWithMouseEvents: as above: the lists are the keyboard's way in
    <div class="annotated" ref={box} onMouseOver={onOver} onMouseLeave={() => setHover(null)}>
      <div class="article-text" lang="">
        {pieces.map((p, i) => {
          const piece = text.slice(p.start, p.end)
          const inTarget =
            target && p.start >= target.start && p.end <= target.end && p.end > p.start
          if (!p.anns.length && !inTarget) return piece
          const cls = [...new Set(p.anns.map((a) => a.cls))].join(' ')
          return (
            <span
              key={p.start}
              data-i={p.anns.length ? i : undefined}
              class={`hl ${cls}${inTarget ? ' target' : ''}`}
            >
              {piece}
            </span>
          )
        })}
      </div>
      {hover && items.length > 0 && (
        <div
          class="tip"
          role="tooltip"
          style={{ left: `${Math.max(0, hover.x)}px`, top: `${hover.y}px` }}
        >
          {items.map((a) => (
            <div key={a.item} class={`tip-item layer-${a.layer}`}>
              <strong>{a.title}</strong>
              {a.details.filter(Boolean).map((d) => (
                <div key={d}>{d}</div>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  )
}

/** One entry per extracted item, even when it draws two spans here (clause and trigger). */
function uniqueItems(anns: readonly Annotation[]): Annotation[] {
  const seen = new Map<string, Annotation>()
  for (const a of anns) if (!seen.has(`${a.layer}:${a.item}`)) seen.set(`${a.layer}:${a.item}`, a)
  return [...seen.values()]
}
