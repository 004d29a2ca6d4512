// The one observer of a listing: elements matching `selector` that are in the root now or are
// added, re-rendered or emptied later are handed to `onFound`. Only childList and characterData
// changes are watched; the callback de-duplicates (cards are marked), so reporting a card twice is
// cheap. Stops when the signal aborts.
export interface ObserveOptions {
  signal: AbortSignal;
  /** Nodes to ignore, e.g. the badges this extension inserts. */
  ignore?: (node: Node) => boolean;
}

export function observe(
  root: Element,
  selector: string,
  onFound: (elements: Element[]) => void,
  { signal, ignore }: ObserveOptions,
): void {
  if (signal.aborted) return;
  const initial = [...root.querySelectorAll(selector)];
  if (root.matches(selector)) initial.unshift(root);
  if (initial.length) onFound(initial);

  const observer = new MutationObserver((records) => {
    const found = new Set<Element>();
    for (const record of records) {
      if (record.type === 'attributes') continue; // not asked for; some DOM shims report them anyway
      // Our own badge going in is no news; a badge taken out by the page is (the card is re-checked).
      if (ignore && record.type === 'childList' && record.removedNodes.length === 0 && [...record.addedNodes].every(ignore))
        continue;
      // A change inside a card (title re-rendered, our badge removed) re-checks that card.
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const card = target?.closest(selector);
      if (card) found.add(card);
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || ignore?.(node)) continue;
        const el = node as Element;
        if (el.matches(selector)) found.add(el);
        for (const inner of el.querySelectorAll(selector)) found.add(inner);
      }
    }
    if (found.size) onFound([...found]);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
