/** Analyses over the store: actors, dyads, timelines, outlook, voices — pure functions over stored rows. */
export { actorById, countryName, resolveActor } from './actors.js'
export { briefFromRows, buildBrief, type DyadRows, dyadRows, rowsInRange } from './brief.js'
export { actorNetwork, type Network, type NetworkNode } from './network.js'
export { outlooks, summarize, topicFindings } from './outlook.js'
export { buildTimeline, keyEvents, monthlySeries } from './timeline.js'
export type * from './types.js'
export { BRIEF_FORMAT } from './types.js'
export { buildVoices, stanceScore } from './voices.js'
