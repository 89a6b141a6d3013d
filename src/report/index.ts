/** Renderers: analyses and stored rows turned into files people read or load. */

export { briefHtml, escapeHtml } from './brief-html.js'
export { actorLabel, briefMarkdown, citation, quadLabel, topicLabel } from './brief-md.js'
export {
  csvHeader,
  csvRow,
  EVENT_FORMATS,
  type EventFormat,
  GDELT_COLUMNS,
  gdeltHeader,
  gdeltRow,
  ploverRow,
} from './event-formats.js'
export { type EventRow, eventRows } from './event-rows.js'
export { textTable } from './table.js'
