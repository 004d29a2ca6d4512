// The badge element: a host span carrying the testable data-maglens attributes, with its look and
// text in an open shadow root (page CSS cannot reach inside; inline !important styles keep page
// rules off the host). Plain DOM, no framework: 500 of these must be cheap. Text goes in through
// textContent only.
import type { BadgeModel } from './badge-model';

export const BADGE_ATTR = 'data-maglens';
export const BADGE_VALUE = 'badge';
export const BADGE_SELECTOR = `[${BADGE_ATTR}="${BADGE_VALUE}"]`;

// Out of the flow at its static place (just before the title) and lifted by its own height: drawn
// above the title's first line, it moves none of the card's content (issue 6).
const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:absolute',
  'z-index:2147483000',
  'max-width:100%',
  'transform:translateY(calc(-100% - 2px))',
]
  .map((d) => `${d} !important`)
  .join(';');

// Colours meet WCAG AA contrast with white text.
const CSS = `
.b{display:inline-flex;align-items:center;gap:4px;box-sizing:border-box;max-width:100%;padding:1px 6px;border-radius:9px;
font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#fff;background:#57606a;white-space:nowrap;
overflow:hidden;text-overflow:ellipsis;cursor:help}
:host([data-tier="higher"]) .b{background:#1a7f37}
:host([data-tier="higher-limited-data"]) .b{background:#0a6e80}
:host([data-tier="lower"]) .b{background:#a4420a}
:host([data-ul="above"]) .b{box-shadow:inset 0 0 0 2px #ffd33d}
:host(:focus-visible) .b{outline:2px solid #0969da;outline-offset:1px}
.tip{display:none;position:absolute;left:0;top:100%;margin-top:4px;z-index:2147483647;box-sizing:border-box;width:max-content;
max-width:320px;padding:6px 8px;border-radius:6px;background:#24292f;color:#fff;font:400 12px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
white-space:normal;text-align:left;box-shadow:0 4px 12px rgba(0,0,0,.25)}
:host(:hover) .tip,:host(:focus) .tip{display:block}
`;

export function renderBadge(doc: Document, model: BadgeModel): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, BADGE_VALUE);
  host.setAttribute('data-form', model.form);
  host.setAttribute('data-tier', model.tier);
  if (model.mg !== null) host.setAttribute('data-mg', String(model.mg));
  if (model.ul) host.setAttribute('data-ul', model.ul.verdict);
  if (model.topical) host.setAttribute('data-topical', 'true');
  host.setAttribute('tabindex', '0');
  host.setAttribute('role', 'note');
  host.setAttribute('aria-label', `MagLens: ${model.text}. ${model.explanation}`);
  host.style.cssText = HOST_STYLE;

  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const badge = doc.createElement('span');
  badge.className = 'b';
  badge.setAttribute('aria-hidden', 'true');
  badge.textContent = model.text;
  const tip = doc.createElement('span');
  tip.className = 'tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.textContent = model.explanation;
  root.append(style, badge, tip);
  return host;
}
