import { describe, expect, it } from 'vitest'
import { datelineEnd } from './dateline.js'

describe('datelineEnd', () => {
  it.each([
    ['WASHINGTON — Prices rose.', 'WASHINGTON — '],
    ['SAN SALVADOR (Reuters) - The vote', 'SAN SALVADOR (Reuters) - '],
    ['CIUDAD DE MÉXICO.— El gobierno', 'CIUDAD DE MÉXICO.— '],
    ['Washington — a city', ''],
    ['The US said no.', ''],
    ['UK - US talks', ''],
  ])('%s', (text, dateline) => {
    expect(datelineEnd(text)).toBe(dateline.length)
  })
})
