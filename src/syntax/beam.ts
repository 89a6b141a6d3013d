import {
  chooseLabel,
  MAX_LABEL_FEATURES,
  MAX_PARSE_FEATURES,
  N_MOVES,
  type ParseInput,
  type ParserModels,
  ParseState,
  SHIFT,
} from './parser.js'

/**
 * A beam of parser configurations advanced one move at a time: every configuration's
 * valid moves are scored, and the `width` best sums of move scores go on. Arcs are
 * labelled greedily as they are made. All derivations of a sentence take 2n moves, so
 * their scores compare as they are.
 */
export class Beam {
  states: ParseState[]
  private spare: ParseState[]
  scores: Float64Array
  size = 1
  /** Per step, each item's parent in the previous step and the move that led to it. */
  readonly parent: Int32Array
  readonly move: Int32Array
  step = 0
  private readonly feats = new Uint32Array(MAX_PARSE_FEATURES)
  private readonly labelFeats = new Uint32Array(MAX_LABEL_FEATURES)
  private readonly moveScores = new Float64Array(N_MOVES)
  private readonly labelScores: Float64Array
  private readonly candParent: Int32Array
  private readonly candMove: Int32Array
  private readonly candScore: Float64Array
  private readonly order: number[] = []
  private spareScores: Float64Array

  constructor(
    input: ParseInput,
    readonly width: number,
    private readonly models: ParserModels,
  ) {
    const make = () => Array.from({ length: width }, () => new ParseState(input))
    this.states = make()
    this.spare = make()
    this.scores = new Float64Array(width)
    this.spareScores = new Float64Array(width)
    const steps = 2 * input.tags.length
    this.parent = new Int32Array(steps * width)
    this.move = new Int32Array(steps * width)
    this.labelScores = new Float64Array(models.labels.nClasses)
    this.candParent = new Int32Array(width * N_MOVES)
    this.candMove = new Int32Array(width * N_MOVES)
    this.candScore = new Float64Array(width * N_MOVES)
  }

  get done(): boolean {
    return (this.states[0] as ParseState).done
  }

  /** Advances every item by one move and keeps the best `width`. */
  advance(): void {
    const { states, scores, candParent, candMove, candScore, moveScores, feats } = this
    let nc = 0
    for (let i = 0; i < this.size; i++) {
      const state = states[i] as ParseState
      const nf = state.features(feats)
      moveScores.fill(0)
      this.models.moves.score(feats, nf, moveScores)
      for (let m = 0; m < N_MOVES; m++) {
        if (!state.valid(m)) continue
        candParent[nc] = i
        candMove[nc] = m
        candScore[nc] = (scores[i] as number) + (moveScores[m] as number)
        nc++
      }
    }
    const order = this.order
    order.length = nc
    for (let c = 0; c < nc; c++) order[c] = c
    // Ties go to the earlier candidate, so the beam is the same on every run.
    order.sort((a, b) => (candScore[b] as number) - (candScore[a] as number) || a - b)
    const keep = Math.min(nc, this.width)
    const next = this.spare
    const nextScores = this.spareScores
    const base = this.step * this.width
    for (let j = 0; j < keep; j++) {
      const c = order[j] as number
      const state = next[j] as ParseState
      const move = candMove[c] as number
      state.copyFrom(states[candParent[c] as number] as ParseState)
      const label =
        move === SHIFT
          ? -1
          : chooseLabel(state, move, this.models, this.labelFeats, this.labelScores)
      state.apply(move, label)
      nextScores[j] = candScore[c] as number
      this.parent[base + j] = candParent[c] as number
      this.move[base + j] = move
    }
    this.spare = states
    this.spareScores = scores
    this.states = next
    this.scores = nextScores
    this.size = keep
    this.step++
  }

  /** The moves that led to item `j` of the current step, first to last. */
  history(j: number): Int32Array {
    const moves = new Int32Array(this.step)
    for (let t = this.step - 1; t >= 0; t--) {
      moves[t] = this.move[t * this.width + j] as number
      j = this.parent[t * this.width + j] as number
    }
    return moves
  }
}

/** Parses with a beam of `width` configurations; heads 1-based (0 = root), label indices. */
export function parseBeam(
  input: ParseInput,
  models: ParserModels,
  width: number,
): { heads: Int32Array; labels: Int32Array } {
  const beam = new Beam(input, width, models)
  while (!beam.done) beam.advance()
  return treeOf(beam.states[0] as ParseState)
}

/**
 * Every parse the beam holds at the end, best first (the first is `parseBeam`'s): the
 * runners-up vote too when parses are combined.
 */
export function parseBeamAll(
  input: ParseInput,
  models: ParserModels,
  width: number,
): { heads: Int32Array; labels: Int32Array }[] {
  const beam = new Beam(input, width, models)
  while (!beam.done) beam.advance()
  return beam.states.slice(0, beam.size).map(treeOf)
}

function treeOf(state: ParseState): { heads: Int32Array; labels: Int32Array } {
  const n = state.n
  const heads = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const h = state.heads[i] as number
    heads[i] = h === n ? 0 : h + 1
  }
  return { heads, labels: state.labels.slice() }
}
