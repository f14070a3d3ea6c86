// Apart from messages.ts so that the content script, which only answers, does not bundle the polyfill that module sends with.

/** Errors cross the boundary as data: a rejected promise loses its message in some browsers. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a handler and turns its result or failure into a Reply. */
export async function reply<T>(work: () => Promise<T> | T): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
