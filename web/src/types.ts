// What the API answers, from the types the server builds it from (types only: nothing
// from src/ ends up in the bundle).
import type { Actor, Brief, MonthPoint, Network, TimelineEvent } from '../../src/analyze/index.js'
import type { Analysis } from '../../src/doc/index.js'
import type {
  Counterpart,
  Evidence,
  StoredArticle,
  StoredEntity,
  StoredQuote,
  StoredRole,
} from '../../src/store/index.js'

export type {
  Actor,
  Analysis,
  Counterpart,
  Evidence,
  MonthPoint,
  Network,
  StoredArticle,
  StoredEntity,
  StoredQuote,
  StoredRole,
  TimelineEvent,
}

/** `GET /api/dyad/brief`: the brief cut to what a page shows, with the full counts. */
export interface BriefView extends Omit<Brief, 'voices'> {
  voices: (Brief['voices'][number] & { quoteCount: number })[]
  totals: {
    timeline: number
    voices: number
    convergences: number
    frictions: number
    expectations: number
  }
}

export interface ApiErrorBody {
  error: { status: number; code: string; message: string; parameter?: string }
}
