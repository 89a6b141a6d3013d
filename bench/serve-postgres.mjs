// The serve benchmark's store in PostgreSQL: the articles of the SQLite bench store, their
// analyses copied as they are (no analysis again), so both backends serve the same data.
import { openStore } from '../dist/store/index.js'

/**
 * Fills the PostgreSQL database at `url` from the SQLite store at `sqlite` unless it holds
 * as many articles already; returns `url`.
 */
export async function postgresBenchStore(sqlite, url) {
  const from = openStore(sqlite)
  const to = openStore(url)
  try {
    const want = (await from.counts()).articles
    if ((await to.counts()).articles >= want) return url
    const t0 = performance.now()
    let n = 0
    // Four writers at once, as workers would write.
    const inFlight = new Set()
    for await (const analysis of from.analyses()) {
      const p = to.add(analysis).then(() => inFlight.delete(p))
      inFlight.add(p)
      if (inFlight.size >= 4) await Promise.race(inFlight)
      if (++n % 1000 === 0) process.stderr.write(`copied ${n} of ${want} articles to PostgreSQL\r`)
    }
    await Promise.all(inFlight)
    process.stderr.write(
      `copied ${n} articles to PostgreSQL in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
    )
    return url
  } finally {
    await from.close()
    await to.close()
  }
}
