/**
 * Maps with at most `limit` calls in flight, keeping input order: bounded fan-out for DynamoDB calls.
 *
 * @example
 * await mapLimited(['a', 'b', 'c'], 2, async (x) => x.toUpperCase()) // ['A', 'B', 'C']
 */
export async function mapLimited<T, R>(
  inputs: readonly T[],
  limit: number,
  map: (input: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await map(inputs[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
