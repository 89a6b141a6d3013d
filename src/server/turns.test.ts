import { describe, expect, it } from 'vitest'
import { Turns } from './turns.js'

describe('Turns', () => {
  it('runs at most its width at once, the rest in order of arrival', async () => {
    const turns = new Turns(2)
    let running = 0
    let most = 0
    const order: number[] = []
    const task = (n: number) => async () => {
      running++
      most = Math.max(most, running)
      await new Promise((r) => setTimeout(r, 5))
      order.push(n)
      running--
      return n
    }
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => turns.run(task(n))))
    expect(results).toEqual([1, 2, 3, 4, 5])
    expect(most).toBe(2)
    expect(order.slice(2)).toEqual([3, 4, 5])
  })

  it('gives the turn back when a task fails', async () => {
    const turns = new Turns(1)
    await expect(turns.run(async () => Promise.reject(new Error('no')))).rejects.toThrow('no')
    expect(await turns.run(async () => 'next')).toBe('next')
  })
})
