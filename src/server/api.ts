import { OpenAPIHono, type z } from '@hono/zod-openapi'
import type { Analysis } from '../doc/index.js'
import type { AnalyzeOptions } from '../extract/index.js'
import type { ArticleInput } from '../ingest/index.js'
import type { Store } from '../store/index.js'
import { paramError } from './errors.js'
import { errorSchema } from './schemas/responses.js'

/** What the routes need: the store, and something that analyses one article off the event loop. */
export interface ApiDeps {
  store: Store
  analyzer: {
    analyze(
      input: ArticleInput,
      options: AnalyzeOptions,
    ): Promise<{ analysis: Analysis; error?: never } | { error: string; analysis?: never }>
  }
  /** Largest `POST /api/analyze` body, in bytes. */
  maxBodyBytes: number
}

/** A router whose validation failures become 400s naming the parameter. */
export const newApi = () =>
  new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw paramError(result.error.issues, result.target)
    },
  })

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})

const error = (description: string) => json(errorSchema, description)

export const ERRORS = {
  400: error('A parameter is missing or not valid; `parameter` names it'),
} as const

export const NOT_FOUND = { ...ERRORS, 404: error('No such actor or article') } as const
