// What a store adapter hands the core: plain text fields read from a page. Adapters know markup and
// nothing about magnesium; a field the page does not have is absent, never guessed.
import { z } from 'zod';
import { StoreIdSchema } from '../vocabulary/schemas';

export const Price = z.object({ amount: z.number().finite().nonnegative(), currency: z.string().min(1) });
export type Price = z.infer<typeof Price>;

export const ProductSnapshot = z.object({
  url: z.string().nullable(),
  store: StoreIdSchema,
  /** True when the adapter recognised a product page (not a listing, article or home page). */
  isProductPage: z.boolean(),
  title: z.string().optional(),
  /** Feature bullets / highlights, one string each. */
  bullets: z.array(z.string()).optional(),
  /** Supplement Facts rows as text, one row a line (cells joined by a tab or spaces). */
  labelText: z.string().optional(),
  /** True when the page shows the facts panel only as an image, so no label text could be read. */
  labelIsImage: z.boolean().optional(),
  servingSize: z.string().optional(),
  servingsPerContainer: z.string().optional(),
  directions: z.string().optional(),
  ingredients: z.string().optional(),
  description: z.string().optional(),
  /** Key–value rows of product-detail tables, e.g. { "Item Form": "Capsule" }. */
  details: z.record(z.string(), z.string()).optional(),
  /**
   * Where the adapter saw a page about several products or by several people rather than a product's
   * own: a ranking or buyer's guide, a shop's category or search page (a listing), a forum thread, or
   * a dated article or post (an author's dateline, a reading time). (Such a page about a bath salt or
   * a spray is not a topical product.)
   */
  genre: z.enum(['ranking', 'listing', 'forum', 'article']).optional(),
  /** The shop's category trail over the product, its breadcrumb as printed ("Home > Vitamins & Supplements > Minerals"). */
  category: z.string().optional(),
  price: Price.optional(),
  /** True when the page offers its product for sale (a price, or a cart button of its own) though no price was read. */
  forSale: z.boolean().optional(),
  /** Units in the package (capsules, tablets, gummies…), when the page states it. */
  unitCount: z.number().int().positive().optional(),
});
export type ProductSnapshot = z.infer<typeof ProductSnapshot>;
