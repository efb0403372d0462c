// Fisher–Yates with the randomness passed in, so question picking is reproducible in tests.

/** A shuffled copy of `items`; `random` returns numbers in [0, 1) like Math.random. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
