/**
 * A small least-recently-used cache that empties itself whenever the store's revision
 * moves on, so that what it answers is never older than the data.
 */
export class RevisionCache<V> {
  readonly #items = new Map<string, Promise<V>>()
  #revision: number | null = null

  constructor(readonly size: number) {}

  async get(revision: number, key: string, compute: () => Promise<V>): Promise<V> {
    if (revision !== this.#revision) {
      this.#items.clear()
      this.#revision = revision
    }
    let item = this.#items.get(key)
    if (item) {
      this.#items.delete(key)
    } else {
      item = compute()
      // A failed computation is not kept.
      item.catch(() => this.#items.delete(key))
    }
    this.#items.set(key, item)
    if (this.#items.size > this.size) this.#items.delete(this.#items.keys().next().value as string)
    return item
  }
}
