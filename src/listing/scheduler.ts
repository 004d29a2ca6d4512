// Work in slices: items are processed until the slice's time budget is spent, then the queue yields
// to the page (scheduler.yield where the browser has it, else a zero timeout) so a page of 500
// cards never holds the main thread for long. Items queued twice are processed once.
export interface SliceQueueOptions<T> {
  process: (item: T) => void;
  signal: AbortSignal;
  /** Milliseconds of work per slice. */
  budgetMs?: number;
  now?: () => number;
  /** Resolves when the page has had a chance to run; defaults to scheduler.yield / setTimeout(0). */
  yieldToPage?: () => Promise<void>;
  /** Called after every slice with its duration (timing hooks, tests). */
  onSlice?: (info: { start: number; end: number; items: number }) => void;
  /**
   * Called in its own slice once the queue has run dry (DOM writes collected while processing go in
   * together, so the page lays out once, not once per slice). Write while hasTime() holds; return
   * true when nothing is left to write.
   */
  flush?: (hasTime: () => boolean) => boolean;
  /** Called when the queue has run dry and the flush is done. */
  onIdle?: () => void;
}

export interface SliceQueue<T> {
  push(items: Iterable<T>): void;
  readonly size: number;
}

const SLICE_BUDGET_MS = 8;

function defaultYield(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') {
    try {
      return s.yield();
    } catch {
      // Fall through: some wrappers (Firefox Xrays) refuse the call.
    }
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createSliceQueue<T>(options: SliceQueueOptions<T>): SliceQueue<T> {
  const {
    process,
    flush,
    signal,
    budgetMs = SLICE_BUDGET_MS,
    now = () => performance.now(),
    yieldToPage = defaultYield,
    onSlice,
    onIdle,
  } = options;
  const queue = new Set<T>();
  let running = false;

  async function run() {
    running = true;
    try {
      while (!signal.aborted) {
        const start = now();
        let items = 0;
        let more: boolean;
        if (queue.size) {
          for (const item of queue) {
            queue.delete(item);
            items++;
            try {
              process(item);
            } catch (error) {
              // One broken card never stops the others.
              console.debug('[MagLens] listing card skipped', error);
            }
            if (signal.aborted || now() - start >= budgetMs) break;
          }
          more = queue.size > 0 || flush !== undefined; // a drained queue still gets its flush, in a slice of its own
        } else if (flush) {
          more = !flush(() => now() - start < budgetMs);
        } else {
          break;
        }
        onSlice?.({ start, end: now(), items });
        if (!more || signal.aborted) break;
        await yieldToPage();
      }
    } finally {
      running = false;
    }
    if (!signal.aborted) onIdle?.();
  }

  return {
    push(items) {
      if (signal.aborted) return;
      for (const item of items) queue.add(item);
      if (!running && queue.size) {
        running = true;
        // Start on a fresh task: the observer callback that pushed stays short.
        void yieldToPage().then(run);
      }
    },
    get size() {
      return queue.size;
    },
  };
}
