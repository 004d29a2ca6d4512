// Tiny DOM helpers shared by adapters. They work on a browser Document and on linkedom's (CLI):
// only querySelector(All), textContent, getAttribute and child-node walks of small subtrees.
// Nothing here reads layout (no innerText) or walks the whole document.

/** The element, or undefined when the page lacks it. */
export function $optional<E extends Element = Element>(root: ParentNode, selector: string): E | undefined {
  return (root.querySelector<E>(selector) ?? undefined) as E | undefined;
}

/** Collapse runs of white space (incl. NBSP and zero-width characters) and trim. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Cleaned textContent of the first match, or undefined when missing or empty. */
export function textOf(root: ParentNode, selector: string): string | undefined {
  const el = $optional(root, selector);
  const t = el ? cleanText(el.textContent) : '';
  return t || undefined;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'SELECT']);
const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * Text of a small subtree with line breaks where blocks and <br> are, cells tab-joined; each line
 * cleaned, empty lines dropped. Stops after maxChars so a wrong container cannot cost much.
 */
export function blockText(root: Node, maxChars = 20_000): string {
  const parts: string[] = [];
  let size = 0;
  let inCell = 0; // inside a table cell, <br> and blocks are spaces: a row stays one line
  const walk = (node: Node): void => {
    if (size > maxChars) return;
    if (node.nodeType === 3) {
      // Source line breaks and tabs are not structure: only elements make lines and cells.
      const t = (node.nodeValue ?? '').replace(/[\t\r\n]+/g, ' ');
      parts.push(t);
      size += t.length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = (node as Element).tagName ?? '';
    if (SKIP_TAGS.has(tag)) return;
    const cell = CELL_TAGS.has(tag);
    const block = BLOCK_TAGS.has(tag);
    const brk = inCell ? ' ' : '\n';
    if (block) parts.push(brk);
    if (cell) {
      parts.push('\t');
      inCell++;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (cell) inCell--;
    if (block) parts.push(brk);
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.split('\t').map(cleanText).filter(Boolean).join('\t'))
    .filter(Boolean)
    .join('\n');
}

/** Text of one element as a single line: like cleanText(textContent), but <br> and blocks count as spaces. */
export function lineText(el: Node, maxChars = 20_000): string {
  // Most cells and rows are plain text: no walk needed (this runs once per facts-table cell).
  if ((el as Element).childElementCount === 0) return cleanText((el.textContent ?? '').slice(0, maxChars));
  return cleanText(blockText(el, maxChars).replace(/[\n\t]+/g, ' '));
}

/** Table rows as text, one row a line, cells joined by a tab (empty cells and rows dropped). */
export function tableRowsText(table: ParentNode, maxRows = 200): string {
  return [...table.querySelectorAll('tr')]
    .slice(0, maxRows)
    .map((tr) =>
      [...tr.querySelectorAll('th,td')]
        .map((c) => lineText(c, 2_000))
        .filter(Boolean)
        .join('\t'),
    )
    .filter(Boolean)
    .join('\n');
}

/** Shorten to at most max characters, at a word boundary where one is near, with an ellipsis. */
export function capText(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}

/** "Unit Count ‏ : ‎" → "Unit Count": label cells end with colons and direction marks. */
export function cleanLabel(s: string | null | undefined): string {
  return cleanText(s)
    .replace(/\s*:\s*$/, '')
    .trim();
}
