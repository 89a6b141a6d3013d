/** Renderers: analyses and stored rows turned into files people read or load. */
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
