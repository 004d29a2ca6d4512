// Messages between the content script, the background and the popup, validated on receipt:
// a message is data from another context and is never trusted by shape alone.
import { z } from 'zod';
import { Analysis } from '../core/schema';
import { ProductSnapshot } from '../stores/snapshot';

export const PageResult = z.object({
  snapshot: ProductSnapshot,
  analysis: Analysis,
  /** Where the text came from: the page's own reader (default), a selection, or a paste. */
  origin: z.enum(['page', 'selection', 'pasted']).optional(),
});
export type PageResult = z.infer<typeof PageResult>;

export const Message = z.discriminatedUnion('type', [
  /** content script -> background: what the page in this tab shows now. */
  z.object({ type: z.literal('page-result'), result: PageResult }),
  /** popup -> background: the stored result for a tab. */
  z.object({ type: z.literal('get-result'), tabId: z.number().int() }),
]);
export type Message = z.infer<typeof Message>;
