// Search and category pages of supported stores: inline badges on magnesium product cards.
// Wiring only; the work is in src/listing/.
import { LISTING_MATCHES } from '../../src/stores/listings';
import { badgesEnabled, watchBadgeSettings } from '../../src/extension/badge-settings';
import { listingController, timingHooks } from '../../src/listing/controller';

export default defineContentScript({
  matches: LISTING_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const controller = listingController({
      doc: document,
      signal: ctx.signal,
      enabled: badgesEnabled,
      scheduling: timingHooks(document),
    });
    void controller.refresh(new URL(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void controller.refresh(newUrl));
    const unwatch = watchBadgeSettings(() => void controller.refresh(new URL(location.href)));
    ctx.onInvalidated(unwatch);
  },
});
