import { type Actor, actorById, resolveActor } from '../analyze/index.js'
import { DyadError } from '../errors.js'
import type { Store } from '../store/index.js'
import { ApiError } from './errors.js'

/** A side of a dyad as a query parameter names it: a store id, or what `resolveActor` reads. */
export async function actorParam(store: Store, ref: string, parameter: string): Promise<Actor> {
  try {
    if (/^\d+$/.test(ref)) {
      const actor = await actorById(store, Number(ref))
      if (actor) return actor
      throw new ApiError(404, 'E_NOT_FOUND', `${parameter}: no actor with id ${ref}`, parameter)
    }
    return await resolveActor(store, ref)
  } catch (err) {
    if (err instanceof DyadError && err.code === 'E_ACTOR')
      throw new ApiError(
        404,
        'E_NOT_FOUND',
        `${parameter}: no actor in the store matches "${ref}"`,
        parameter,
      )
    throw err
  }
}
