import { seededRandom, shuffle } from '../hash.js'
import {
  MAX_LABEL_FEATURES,
  MAX_PARSE_FEATURES,
  N_MOVES,
  type ParseInput,
  ParseState,
  SHIFT,
} from '../parser.js'
import { argmax, Perceptron } from '../weights.js'
import { moveCost } from './oracle.js'

export interface ParseExample {
  input: ParseInput
  /** Gold head per word, 0-based, the root at n. */
  gold: Int32Array
  /** Gold label index per word. */
  labels: Int32Array
}

export interface ParserTraining {
  moves: Perceptron
  labels: Perceptron
}

/**
 * Trains moves and labels together with the dynamic oracle: from the second epoch on,
 * the parser mostly follows its own (possibly wrong) moves, and learns the best move
 * from wherever it ends up (error exploration).
 */
export function trainParser(
  examples: readonly ParseExample[],
  nLabels: number,
  root: number,
  epochs: number,
  seed: number,
  onEpoch?: (epoch: number, trained: ParserTraining) => void,
): ParserTraining {
  const moves = new Perceptron(N_MOVES)
  const labels = new Perceptron(nLabels)
  const feats = new Uint32Array(MAX_PARSE_FEATURES)
  const labelFeats = new Uint32Array(MAX_LABEL_FEATURES)
  const scores = new Float64Array(N_MOVES)
  const labelScores = new Float64Array(nLabels)
  const costs = new Int32Array(N_MOVES)
  const random = seededRandom(seed)
  const order = examples.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random)
    for (const e of order) {
      const ex = examples[e] as ParseExample
      const state = new ParseState(ex.input)
      while (!state.done) {
        const nf = state.features(feats)
        scores.fill(0)
        moves.score(feats, nf, scores)
        let minCost = Number.POSITIVE_INFINITY
        for (let m = 0; m < N_MOVES; m++) {
          costs[m] = state.valid(m) ? moveCost(state, m, ex.gold) : 1 << 30
          if ((costs[m] as number) < minCost) minCost = costs[m] as number
        }
        const guess = argmax(scores, N_MOVES, (m) => state.valid(m))
        const best = argmax(scores, N_MOVES, (m) => costs[m] === minCost)
        if (costs[guess] !== minCost) moves.update(feats, nf, best, guess)
        moves.tick()
        const explore = epoch > 0 && costs[guess] !== 1 << 30 && random() < 0.9
        const move = explore ? guess : best
        let label = -1
        if (move !== SHIFT) {
          const dep = state.s(0)
          const head = state.headFor(move)
          if (head === state.n) label = root
          else {
            const nl = state.labelFeatures(move, labelFeats)
            labelScores.fill(0)
            labels.score(labelFeats, nl, labelScores)
            label = argmax(labelScores, nLabels, (k) => k !== root)
            if (ex.gold[dep] === head) {
              labels.update(labelFeats, nl, ex.labels[dep] as number, label)
              labels.tick()
              label = ex.labels[dep] as number
            }
          }
        }
        state.apply(move, label)
      }
    }
    onEpoch?.(epoch, { moves, labels })
  }
  return { moves, labels }
}
