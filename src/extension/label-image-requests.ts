// The popup's side of reading a label image: ask the background, which captures and reads it.
import { browser } from 'wxt/browser';
import type { LabelImageReply, Message } from './messages';

/** Reads the tab's label image: the one in view, or the one at `pick` in the list the last answer gave. */
export async function requestLabelImage(tabId: number, pick?: number): Promise<LabelImageReply> {
  const message: Message = { type: 'read-label-image', tabId, ...(pick === undefined ? {} : { pick }) };
  return (await browser.runtime.sendMessage(message)) as LabelImageReply;
}

/** The user's correction of the text read from the label image. */
export async function correctLabelImage(tabId: number, text: string): Promise<LabelImageReply> {
  const message: Message = { type: 'label-image-text', tabId, text };
  return (await browser.runtime.sendMessage(message)) as LabelImageReply;
}
