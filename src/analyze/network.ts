import type { Counterpart, DateRange, EntityRef, Interaction, Store } from '../store/index.js'

export interface NetworkNode extends EntityRef {
  /** Events with the actor at the centre (0 for the centre itself). */
  events: number
  articles: number
  centre: boolean
}

/** Who deals with whom around one actor: the actor, its counterparts, and the ties among them all. */
export interface Network {
  nodes: NetworkNode[]
  edges: Interaction[]
}

/**
 * The network around an actor: its `limit` busiest counterparts, and every tie among
 * them, so that the picture shows who else deals with whom in that circle.
 */
export async function actorNetwork(
  store: Store,
  id: number,
  options: DateRange & { limit?: number } = {},
): Promise<Network | null> {
  const centre = await store.entity(id)
  if (!centre) return null
  const counterparts = await store.counterparts(id, options)
  const nodes: NetworkNode[] = [
    { ...ref(centre), events: 0, articles: centre.articles, centre: true },
    ...counterparts.map((c: Counterpart) => ({
      ...c.entity,
      events: c.events,
      articles: c.articles,
      centre: false,
    })),
  ]
  const edges = await store.interactions(
    nodes.map((n) => n.id),
    options,
  )
  return { nodes, edges }
}

const ref = (e: EntityRef): EntityRef => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  country: e.country,
  code: e.code,
})
