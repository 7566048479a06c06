/**
 * A response body written piece by piece: `pieces` is pulled one at a time as the body is read, so
 * a file made of thousands of guides is never one object tree (or one string) in the endpoint.
 */
export function streamText(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** The JSON text of `{ ...head, [key]: [...items] }`, in pieces: the head, then one item at a time. */
export function* jsonWithArray(head: Record<string, unknown>, key: string, items: Iterable<unknown>): Generator<string> {
  // `key` comes last with an empty array: its JSON ends in `[]}`, which the items go into.
  const open = JSON.stringify({ ...head, [key]: [] });
  yield open.slice(0, -2);
  let first = true;
  for (const item of items) {
    yield `${first ? '' : ','}${JSON.stringify(item)}`;
    first = false;
  }
  yield ']}';
}
