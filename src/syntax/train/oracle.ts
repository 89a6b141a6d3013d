import { LEFT, type ParseState, RIGHT, SHIFT } from '../parser.js'

/**
 * The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): how many gold
 * arcs a move makes unreachable from the current configuration. `gold[i]` is word i's
 * gold head as a 0-based index, with the root at `n`.
 */
export function moveCost(state: ParseState, move: number, gold: Int32Array): number {
  const { b, n } = state
  const s0 = state.s(0)
  if (move === SHIFT) {
    // b0 can no longer take a head below s0 nor any dependent on the stack.
    let cost = 0
    for (let k = 0; k < state.sp; k++) if (gold[state.stack[k] as number] === b) cost++
    const h = gold[b] as number
    if (h !== s0 && inStack(state, h)) cost++
    return cost
  }
  // Both arcs pop s0: its dependents still in the buffer are lost, and its head is
  // lost unless it is the head the move gives it.
  let cost = 0
  for (let d = b; d < n; d++) if (gold[d] === s0) cost++
  const h = gold[s0] as number
  if (move === LEFT) {
    if (h !== b && (h === state.s(1) || h > b)) cost++
  } else if (move === RIGHT) {
    if (h >= b) cost++
  }
  return cost
}

function inStack(state: ParseState, i: number): boolean {
  for (let k = 0; k < state.sp; k++) if (state.stack[k] === i) return true
  return false
}
