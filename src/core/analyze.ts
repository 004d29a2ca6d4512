// Core entry point: ProductSnapshot (+ profile) -> Analysis. Pure: no DOM, no browser API.
// FIRST CUT for the foundation path; the label engine (issue 3) replaces the reading logic.
import type { Analysis, FormFinding, FormId, Tier } from './schema';
import type { ProductSnapshot } from '../stores/snapshot';
import type { Profile } from './profile';
import { assessDose } from './limits';

const FORM_WORDS: [RegExp, FormId, Tier][] = [
  [/\b(bis|di)?glycinate\b/i, 'glycinate', 'higher'],
  [/\bcitrate\b/i, 'citrate', 'higher'],
  [/\boxide\b/i, 'oxide', 'lower'],
  [/\bmalate\b/i, 'malate', 'higher-limited-data'],
  [/\bthreonate\b/i, 'threonate', 'higher-limited-data'],
];

export function analyze(snapshot: ProductSnapshot, profile?: Profile): Analysis {
  const title = snapshot.title ?? null;
  const text = [snapshot.title ?? '', ...(snapshot.bullets ?? [])].join('\n');
  const containsMagnesium = /\bmagnesium\b(?!\s+stearate)/i.test(text);
  const forms: FormFinding[] = [];
  if (containsMagnesium) {
    for (const [re, id, tier] of FORM_WORDS) {
      const m = re.exec(text);
      if (m) forms.push({ id, tier, source: m[0] });
    }
  }
  const mgMatch = containsMagnesium && title ? /(\d+(?:\.\d+)?)\s*mg\b/i.exec(title) : null;
  const mg = mgMatch ? Number(mgMatch[1]) : null;
  return {
    schemaVersion: 1,
    url: snapshot.url,
    store: snapshot.store,
    isProductPage: snapshot.isProductPage,
    containsMagnesium,
    topical: false,
    kind: containsMagnesium ? 'magnesium-supplement' : 'not-a-supplement',
    title,
    forms,
    buffered: false,
    servingSize: snapshot.servingSize ?? null,
    servingsPerDay: null,
    elementalMgPerServing: mg === null ? null
      : { min: mg, max: mg, basis: 'from-title', source: mgMatch![0] },
    elementalMgPerDay: null,
    upperLimit: assessDose(null, { topical: false, profile }),
    claims: [],
    warnings: [],
    pricePer100mgElemental: null,
  };
}
