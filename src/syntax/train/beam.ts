import { Beam } from '../beam.js'
import { seededRandom, shuffle } from '../hash.js'
import {
  chooseLabel,
  LEFT,
  MAX_LABEL_FEATURES,
  MAX_PARSE_FEATURES,
  N_MOVES,
  ParseState,
  RIGHT,
  SHIFT,
} from '../parser.js'
import { argmax, Perceptron } from '../weights.js'
import { moveCost } from './oracle.js'
import type { ParseExample, ParserTraining } from './parser.js'

const PREFERENCE = [LEFT, RIGHT, SHIFT]

/** A best derivation of the gold tree: the cheapest move at each step, arcs before shifts. */
function goldMoves(ex: ParseExample): Int32Array {
  const state = new ParseState(ex.input)
  const moves = new Int32Array(2 * state.n)
  for (let t = 0; !state.done; t++) {
    let best = -1
    let bestCost = Number.POSITIVE_INFINITY
    for (const m of PREFERENCE) {
      if (!state.valid(m)) continue
      const c = moveCost(state, m, ex.gold)
      if (c < bestCost) {
        bestCost = c
        best = m
      }
    }
    moves[t] = best
    state.apply(best, best === SHIFT ? -1 : (ex.labels[state.s(0)] as number))
  }
  return moves
}

/**
 * Trains the move model globally over a beam (Zhang & Clark 2008) with max-violation
 * updates (Huang et al. 2012): the beam runs to the end beside the gold derivation, and
 * the update is made at the step where the beam's best led the gold prefix by most.
 * Labels are learned greedily on the gold derivation's arcs.
 */
export function trainBeamParser(
  examples: readonly ParseExample[],
  nLabels: number,
  root: number,
  epochs: number,
  seed: number,
  width: number,
  onEpoch?: (epoch: number, trained: ParserTraining) => void,
): ParserTraining {
  const moves = new Perceptron(N_MOVES)
  const labels = new Perceptron(nLabels)
  const models = { moves, labels, root }
  const feats = new Uint32Array(MAX_PARSE_FEATURES)
  const labelFeats = new Uint32Array(MAX_LABEL_FEATURES)
  const scores = new Float64Array(N_MOVES)
  const labelScores = new Float64Array(nLabels)
  const random = seededRandom(seed)
  const order = examples.map((_, i) => i)
  const gold = examples.map(goldMoves)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random)
    for (const e of order) {
      const ex = examples[e] as ParseExample
      const path = gold[e] as Int32Array
      trainLabels(labels, root, ex, path, labelFeats, labelScores)
      // Labels are the label model's in every derivation, the gold one's included, so
      // that a derivation's features are those the beam scored it by.
      const beam = new Beam(ex.input, width, models)
      const goldState = new ParseState(ex.input)
      let goldScore = 0
      let goldAt = 0
      let worst = Number.NEGATIVE_INFINITY
      let worstStep = -1
      for (let t = 0; t < path.length; t++) {
        const move = path[t] as number
        const nf = goldState.features(feats)
        scores.fill(0)
        moves.score(feats, nf, scores)
        goldScore += scores[move] as number
        const label =
          move === SHIFT ? -1 : chooseLabel(goldState, move, models, labelFeats, labelScores)
        goldState.apply(move, label)
        beam.advance()
        goldAt = goldAt < 0 ? -1 : findChild(beam, goldAt, move)
        if (goldAt === 0) continue
        const gap = (beam.scores[0] as number) - goldScore
        if (gap >= worst) {
          worst = gap
          worstStep = t
        }
      }
      if (worstStep >= 0) update(models, path, beam, worstStep, feats, labelFeats, labelScores)
      moves.tick()
    }
    onEpoch?.(epoch, { moves, labels })
  }
  return { moves, labels }
}

/** The label model's greedy lesson on the gold derivation's arcs. */
function trainLabels(
  labels: Perceptron,
  root: number,
  ex: ParseExample,
  path: Int32Array,
  feats: Uint32Array,
  scores: Float64Array,
): void {
  const state = new ParseState(ex.input)
  for (const move of path) {
    let label = -1
    if (move !== SHIFT) {
      const dep = state.s(0)
      const head = state.headFor(move)
      label = ex.labels[dep] as number
      if (head === state.n) label = root
      else if (ex.gold[dep] === head) {
        const nl = state.labelFeatures(move, feats)
        scores.fill(0)
        labels.score(feats, nl, scores)
        labels.update(
          feats,
          nl,
          label,
          argmax(scores, labels.nClasses, (k) => k !== root),
        )
        labels.tick()
      }
    }
    state.apply(move, label)
  }
}

/** The index in the beam of item `parent`'s successor by `move` after the last step, or -1. */
function findChild(beam: Beam, parent: number, move: number): number {
  const base = (beam.step - 1) * beam.width
  for (let j = 0; j < beam.size; j++)
    if (beam.parent[base + j] === parent && beam.move[base + j] === move) return j
  return -1
}

/** Rewards the gold moves and penalises the beam's best up to `step`, both replayed. */
function update(
  models: { moves: Perceptron; labels: Perceptron; root: number },
  path: Int32Array,
  beam: Beam,
  step: number,
  feats: Uint32Array,
  labelFeats: Uint32Array,
  labelScores: Float64Array,
): void {
  const predicted = historyAt(beam, step, 0)
  const input = (beam.states[0] as ParseState).input
  // Up to the first difference both derivations are the same and their updates cancel.
  let same = 0
  while (same <= step && path[same] === predicted[same]) same++
  const replay = (moves: Int32Array, delta: number) => {
    const state = new ParseState(input)
    for (let t = 0; t <= step; t++) {
      const m = moves[t] as number
      if (t >= same) {
        const nf = state.features(feats)
        models.moves.nudge(feats, nf, m, delta)
      }
      const label = m === SHIFT ? -1 : chooseLabel(state, m, models, labelFeats, labelScores)
      state.apply(m, label)
    }
  }
  replay(path, 1)
  replay(predicted, -1)
}

/** The moves that led to item `j` at `step` (the beam keeps every step's back-pointers). */
function historyAt(beam: Beam, step: number, j: number): Int32Array {
  const out = new Int32Array(step + 1)
  for (let t = step; t >= 0; t--) {
    out[t] = beam.move[t * beam.width + j] as number
    j = beam.parent[t * beam.width + j] as number
  }
  return out
}
