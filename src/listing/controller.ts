// Which run is live on this page: started for listing URLs of stores whose badges are on, aborted
// and started afresh on SPA navigation or a settings change, stopped with the content-script context.
import type { BadgeStore } from '../stores/listings/types';
import { listingReaderFor } from '../stores/listings';
import { removeListingBadges, startListingBadges, type ListingRunOptions } from './run';

export interface ListingControllerOptions {
  doc: Document;
  /** The content-script context's signal. */
  signal: AbortSignal;
  enabled: (store: BadgeStore) => Promise<boolean>;
  scheduling?: ListingRunOptions['scheduling'];
}

/** Opt-in slice timing for the benchmark: the page's <html> carries data-maglens-timing. */
export function timingHooks(doc: Document): ListingRunOptions['scheduling'] {
  if (!doc.documentElement.hasAttribute('data-maglens-timing')) return undefined;
  return {
    onSlice: ({ start, end }) => performance.measure('maglens:listing-slice', { start, end }),
    onIdle: () => performance.mark('maglens:listing-idle'),
  };
}

export function listingController({ doc, signal, enabled, scheduling }: ListingControllerOptions) {
  let run: AbortController | undefined;
  let generation = 0;
  signal.addEventListener('abort', () => run?.abort(), { once: true });

  return {
    /** Start (or restart) for this URL. */
    async refresh(url: URL): Promise<void> {
      const gen = ++generation;
      run?.abort();
      run = undefined;
      const reader = listingReaderFor(url);
      if (!reader || signal.aborted) return;
      const on = await enabled(reader.store).catch(() => true);
      if (gen !== generation || signal.aborted) return;
      if (!on) {
        removeListingBadges(doc);
        return;
      }
      run = new AbortController();
      startListingBadges({ doc, reader, signal: run.signal, scheduling });
    },
  };
}
