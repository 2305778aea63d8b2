/**
 * `fn` remembered by argument, for pure functions the engine calls with the same few thousand
 * arguments on every row (dates, number formats, words). Bounded: past `limit` entries the memory
 * is emptied and filled again, so a stream of unique arguments never grows it without end.
 *
 * @example const iso = boundedMemo(civilIso, 65_536); iso(46352) // computed once
 */
export function boundedMemo<K, V>(fn: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      if (known.size >= limit) known.clear();
      known.set(key, (value = fn(key)));
    }
    return value as V;
  };
}
