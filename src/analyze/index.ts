/** Analyses over the store: actors, dyads, timelines, outlook, voices — pure functions over stored rows. */
export { countryName, resolveActor } from './actors.js'
export { buildBrief } from './brief.js'
export { outlooks, summarize, topicFindings } from './outlook.js'
export { buildTimeline, monthlySeries } from './timeline.js'
export type * from './types.js'
export { BRIEF_FORMAT } from './types.js'
export { buildVoices, stanceScore } from './voices.js'
