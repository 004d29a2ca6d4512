// Tiny DOM helpers shared by adapters. They work on a browser Document and on linkedom's (CLI).

/** The element, or undefined when the page lacks it. */
export function $optional<E extends Element = Element>(root: ParentNode, selector: string): E | undefined {
  return (root.querySelector<E>(selector) ?? undefined) as E | undefined;
}

/** Collapse runs of white space (incl. NBSP and zero-width characters) and trim. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/[\u200B-\u200D\uFEFF]/g, '').replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Cleaned textContent of the first match, or undefined when missing or empty. */
export function textOf(root: ParentNode, selector: string): string | undefined {
  const el = $optional(root, selector);
  const t = el ? cleanText(el.textContent) : '';
  return t || undefined;
}

/** Cleaned textContent of every match, empty strings dropped. */
export function textsOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => cleanText(el.textContent)).filter(Boolean);
}

/** Table rows as text, one row a line, cells joined by a tab. */
export function tableRowsText(table: ParentNode): string {
  return [...table.querySelectorAll('tr')]
    .map((tr) => [...tr.querySelectorAll('th,td')].map((c) => cleanText(c.textContent)).filter(Boolean).join('\t'))
    .filter(Boolean)
    .join('\n');
}
