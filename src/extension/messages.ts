// Messages between the content script, the background and the popup. The background validates
// what it receives with these schemas (a message is data from another context); the popup and the
// content script import only the types, which keeps zod out of their bundles.
import { z } from 'zod';
import { Analysis } from '../core/schema';
import { ProductSnapshot } from '../core/snapshot';
import { MAX_EXTRACT_CHARS, MAX_PAGE_TEXT_CHARS } from '../stores/extract';
import { Profile } from '../core/profile';

const Origin = z.enum(['page', 'selection', 'pasted', 'label-image']);

/** What MagLens read from a label image: the OCR lines (the corrected text, once the user edited it),
 * and the figures that failed a check (src/ocr/verify.ts), to show with the line as read. */
export const LabelImageReading = z.object({
  lines: z
    .array(
      z.object({
        text: z.string().max(2_000),
        digitConfidence: z.number().nullable(),
        figures: z
          .array(z.object({ text: z.string().max(100), confidence: z.number() }))
          .max(200)
          .optional(),
      }),
    )
    .max(400),
  text: z.string().max(100_000),
  uncertain: z.array(z.object({ line: z.string(), read: z.array(z.string()), mg: z.number(), problems: z.array(z.string()) })),
  corrected: z.boolean().optional(),
  /** Only part of the image was in view when it was read. */
  clipped: z.boolean().optional(),
});
export type LabelImageReading = z.infer<typeof LabelImageReading>;

export const PageResult = z.object({
  snapshot: ProductSnapshot,
  analysis: Analysis,
  /** Where the text came from: the page's own reader (default), a selection, a paste, or a label image. */
  origin: Origin.optional(),
  /** Set when the label was read from an image: the analysis is the page's snapshot with this label. */
  labelImage: LabelImageReading.optional(),
  /** The profile the analysis was made for, and its stored form as JSON: the popup renders the stored
   * result as it is while the stored profile is the same, and asks for a new analysis otherwise. */
  profile: Profile.optional(),
  profileStamp: z.string().optional(),
});
export type PageResult = z.infer<typeof PageResult>;

export const Message = z.discriminatedUnion('type', [
  /** product content script -> background: the markup of the store adapter's regions (src/stores/extract.ts). */
  z.object({ type: z.literal('page-extract'), url: z.string().max(8_192), html: z.string().max(MAX_EXTRACT_CHARS + 1_000) }),
  /** page reader (generic pages, on the user's request) -> background: what the page in this tab shows now. */
  z.object({ type: z.literal('page-snapshot'), snapshot: ProductSnapshot }),
  /** page reader -> background: a page no store claims, as its visible text, h1 and JSON-LD (src/stores/extract.ts). */
  z.object({
    type: z.literal('page-text'),
    url: z.string().max(8_192),
    title: z.string().max(1_000).optional(),
    text: z.string().max(MAX_PAGE_TEXT_CHARS + 1_000),
    html: z.string().max(MAX_EXTRACT_CHARS + 1_000),
  }),
  /** popup -> background: the tab's result, analysed for the user's current profile. */
  z.object({ type: z.literal('get-result'), tabId: z.number().int() }),
  /** popup -> background: analyse pasted label text. */
  z.object({ type: z.literal('analyze-text'), text: z.string().max(2_000_000) }),
  /** popup -> background: read the tab's label image (the largest one in view, or the one picked from a list). */
  z.object({ type: z.literal('read-label-image'), tabId: z.number().int(), pick: z.number().int().nonnegative().optional() }),
  /** popup -> background: the label image's text as the user corrected it. */
  z.object({ type: z.literal('label-image-text'), tabId: z.number().int(), text: z.string().max(20_000) }),
]);
export type Message = z.infer<typeof Message>;

/** An image on the page the label could be in, for the popup to offer when it is not clear which. */
export interface ImageChoice {
  index: number;
  alt: string;
  width: number;
  height: number;
}

/** The background's answer to read-label-image and label-image-text. */
export interface LabelImageReply {
  result: PageResult | null;
  /** Filled when the page shows several large images and none is clearly the one open. */
  choices: ImageChoice[];
  /** What went wrong, in words for the popup. */
  error: string | null;
}

/** The background's answer to get-result and analyze-text. */
export interface ResultReply {
  result: PageResult | null;
  profile: Profile;
}
