// A Map bounded to `limit` entries that drops the least recently used first. A Map iterates in
// insertion order, so re-inserting on every hit keeps its first key the least recent.
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}

  /** The value for `key`, computed by `make` and stored when absent. */
  getOrCreate(key: K, make: () => V): V {
    let v = this.map.get(key);
    if (v !== undefined || this.map.has(key)) this.map.delete(key);
    else {
      v = make();
      if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as K);
    }
    this.map.set(key, v as V);
    return v as V;
  }

  get size(): number {
    return this.map.size;
  }
}
