import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force'
import { useMemo } from 'preact/hooks'
import { actorHref } from '../router.js'
import type { Network } from '../types.js'

type Node = Network['nodes'][number] & SimulationNodeDatum & { r: number }
type Link = SimulationLinkDatum<Node> & Network['edges'][number]

/** Laid out once, off screen: the same data always gives the same picture. */
function layout(network: Network): { nodes: Node[]; links: Link[] } {
  const most = Math.max(1, ...network.nodes.map((n) => n.articles))
  const nodes: Node[] = network.nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, network.nodes.length - 1)
    return {
      ...n,
      r: 6 + 16 * Math.sqrt(n.articles / most),
      x: n.centre ? 0 : Math.cos(angle) * 150,
      y: n.centre ? 0 : Math.sin(angle) * 150,
      ...(n.centre ? { fx: 0, fy: 0 } : {}),
    }
  })
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const links: Link[] = network.edges
    .filter((e) => byId.has(e.a) && byId.has(e.b))
    .map((e) => ({ ...e, source: e.a, target: e.b }))
  forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, Link>(links)
        .id((n) => n.id)
        .distance((l) => 220 - Math.min(100, 14 * Math.log1p(l.events * 3 + l.articles)))
        .strength((l) => (l.events ? 0.5 : 0.15)),
    )
    .force('charge', forceManyBody().strength(-900))
    .force(
      'collide',
      forceCollide<Node>((n) => n.r + 34),
    )
    .stop()
    .tick(300)
  return { nodes, links }
}

const edgeClass = (l: Link) =>
  !l.events ? 'edge mention' : l.conflict > l.cooperation ? 'edge conflict' : 'edge cooperation'

/** Who deals with whom around an actor: line width by ties, colour by cooperation or conflict. */
export function NetworkGraph({ network }: { network: Network }) {
  const { nodes, links } = useMemo(() => layout(network), [network])
  if (nodes.length < 2) return <p class="status">No counterparts yet.</p>
  const xs = nodes.flatMap((n) => [(n.x ?? 0) - n.r - 70, (n.x ?? 0) + n.r + 70])
  const ys = nodes.flatMap((n) => [(n.y ?? 0) - n.r - 20, (n.y ?? 0) + n.r + 24])
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const pos = (n: Node | number | string) => n as Node
  return (
    <figure class="network">
      <svg
        viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`}
        role="img"
        aria-label={`Network of ${nodes.length} actors and ${links.length} ties`}
      >
        <g>
          {links.map((l) => (
            <line
              key={`${l.a}-${l.b}`}
              class={edgeClass(l)}
              x1={pos(l.source).x}
              y1={pos(l.source).y}
              x2={pos(l.target).x}
              y2={pos(l.target).y}
              stroke-width={Math.min(9, 1 + Math.log1p(l.events * 2 + l.articles / 3))}
            >
              <title>
                {`${pos(l.source).name} – ${pos(l.target).name}: ${l.events} events (${l.cooperation} cooperation, ${l.conflict} conflict), ${l.articles} shared articles`}
              </title>
            </line>
          ))}
        </g>
        <g>
          {nodes.map((n) => (
            <a
              key={n.id}
              href={actorHref(n.id)}
              class={`node kind-${n.kind}${n.centre ? ' centre' : ''}`}
            >
              <circle cx={n.x} cy={n.y} r={n.r}>
                <title>{`${n.name} (${n.kind}${n.country ? `, ${n.country}` : ''}): ${n.articles} articles`}</title>
              </circle>
              <text x={n.x} y={(n.y ?? 0) + n.r + 13} text-anchor="middle">
                {n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name}
              </text>
            </a>
          ))}
        </g>
      </svg>
      <figcaption>
        <span class="key cooperation">cooperation</span> <span class="key conflict">conflict</span>{' '}
        <span class="key mention">named together only</span> — circle size: articles; click an actor
        to open it.
      </figcaption>
    </figure>
  )
}
