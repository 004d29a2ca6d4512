// Keeps a product page's analysis current: re-reads the page after soft navigation (SPA route
// changes, Amazon variant switches) and reports only when what the page shows has changed.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const SETTLE_MS = 400;

/**
 * Calls `read` now and again whenever the URL changes without a load or the adapter's live region
 * changes, debounced so that a burst of DOM updates costs one re-read.
 */
export function watchProductPage(ctx: ContentScriptContext, liveSelector: () => string | undefined, read: () => void): void {
  let timer: number | undefined;
  let observer: MutationObserver | undefined;
  let observed: Element | null = null;

  const observeLiveRegion = () => {
    const selector = liveSelector();
    const region = selector ? document.querySelector(selector) : null;
    if (region === observed) return;
    observer?.disconnect();
    observed = region;
    if (!region) return;
    observer ??= new MutationObserver(schedule);
    observer.observe(region, { childList: true, subtree: true, characterData: true });
  };
  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      read();
      observeLiveRegion(); // the region itself may have been replaced
    }, SETTLE_MS);
  }

  read();
  observeLiveRegion();
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(() => observer?.disconnect());
}
