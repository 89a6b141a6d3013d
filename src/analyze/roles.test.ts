import { describe, expect, it } from 'vitest'
import { cleanTitle, roleList } from './roles.js'

describe('cleanTitle', () => {
  it.each([
    ['Defeats President', 'President'],
    ['Hurt President', 'President'],
    ['Impeach President', 'President'],
    ['Proud coach', 'Coach'],
    ['Action follows Chancellor', 'Chancellor'],
    ['Cabinet colleagues Foreign Secretary', 'Foreign Minister'],
    ['International relations expert', 'International relations expert'],
    ['Foreign affairs spokesman', 'Foreign affairs spokesman'],
    ['Shadow chancellor', 'Shadow Minister'],
    ['Secretary General Kofi Annan', 'Secretary-General'],
    ['Presidente', 'President'],
    ['Presidents', 'President'],
    ['Médico describió cómo el 10', 'Doctor'],
    ['Y director general', 'Director'],
    ['Nothing to see', null],
  ])('%s → %s', (title, want) => {
    expect(cleanTitle(title)).toBe(want)
  })
})

describe('roleList', () => {
  it('merges case and language, leaves a bare title to a longer one, keeps the frequent', () => {
    expect(
      roleList([
        'President',
        'Presidente',
        'president',
        'Defeats President',
        'Leader',
        'Party leader',
        'Party Leader',
      ]),
    ).toEqual(['President', 'Party Leader'])
    expect(
      roleList(['Prime Minister', 'Prime Minister', 'Prime Minister', 'Prime Minister', 'King']),
    ).toEqual(['Prime Minister'])
    expect(roleList([])).toEqual([])
  })
})
