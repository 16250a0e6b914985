// Long main-thread work (a 1 MB article's 37,000 sentences and claims) cut into slices of a few milliseconds,
// with the requests that arrived meanwhile served in between, so one write never stalls every reader.
import { setImmediate as yieldToEvents } from 'node:timers/promises';

/** Longest stretch of work between two looks at waiting requests. */
export const SLICE_MS = 8;

/** Runs `fn` over the items, letting other work run whenever a slice has taken more than a few milliseconds. */
export async function inSlices<T>(items: readonly T[], fn: (item: T, index: number) => void, sliceMs = SLICE_MS): Promise<void> {
  let since = performance.now();
  for (let i = 0; i < items.length; i++) {
    fn(items[i]!, i);
    if (performance.now() - since > sliceMs) {
      await yieldToEvents();
      since = performance.now();
    }
  }
}

/** Runs a generator that pauses after each bounded step (e.g. splitSentencesGradually) to its result, in slices. */
export async function runInSlices<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > sliceMs) {
      await yieldToEvents();
      since = performance.now();
    }
  }
}
