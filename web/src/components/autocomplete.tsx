import { useEffect, useRef, useState } from 'preact/hooks'
import { apiUrl, getJson } from '../api.js'
import type { StoredEntity } from '../types.js'

interface Props {
  id: string
  label: string
  placeholder?: string
  value: StoredEntity | null
  onSelect: (actor: StoredEntity | null) => void
}

/** An actor picker: type part of a name, an alias or a code, pick from the store's matches. */
export function ActorPicker({ id, label, placeholder, value, onSelect }: Props) {
  const [text, setText] = useState(value?.name ?? '')
  const [options, setOptions] = useState<StoredEntity[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const asked = useRef(0)

  useEffect(() => {
    if (!open) return
    const n = ++asked.current
    const timer = setTimeout(() => {
      getJson<{ actors: StoredEntity[] }>(apiUrl('/actors', { q: text.trim(), limit: 8 })).then(
        (r) => {
          if (n !== asked.current) return // a later keystroke has asked again
          setOptions(r.actors)
          setActive(0)
        },
        () => n === asked.current && setOptions([]),
      )
    }, 120)
    return () => clearTimeout(timer)
  }, [text, open])

  const choose = (actor: StoredEntity) => {
    setText(actor.name)
    setOpen(false)
    onSelect(actor)
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setOpen(true)
      setActive((i) => Math.min(i + 1, options.length - 1))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((i) => Math.max(i - 1, 0))
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault()
      choose(options[active])
    } else if (e.key === 'Escape') setOpen(false)
  }

  const listId = `${id}-options`
  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value)
          setOpen(true)
          if (value) onSelect(null)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      {open && options.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern; focus stays in the input
        <ul id={listId} role="listbox" class="options">
          {options.map((a, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: the input keeps focus (aria-activedescendant)
            <li
              id={`${listId}-${i}`}
              key={a.id}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox above
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault()
                choose(a)
              }}
            >
              <span class="name">{a.name}</span>
              <span class="meta">
                {a.kind}
                {a.country ? ` · ${a.country}` : ''}
                {a.code && a.code !== a.country ? ` · ${a.code}` : ''} · {a.articles} art.
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
