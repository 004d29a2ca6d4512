// The phrases that count as a claim, by topic and language. Plain data: regex sources (matched
// case-insensitively, Unicode-aware, whole words only). Tier 0 phrases are specific and win over tier 1
// (a bare word like "sleep"). Keep every pattern free of nested quantifiers: the schema test rejects
// "+" and "*" so matching stays linear on 100 KB pages.
import type { EvidenceTopic } from './evidence';

export interface ClaimPattern {
  topic: EvidenceTopic;
  lang: 'en' | 'de' | 'fr';
  tier: 0 | 1;
  source: string;
}

const A = "['’]"; // apostrophe, straight or curly

const p = (topic: EvidenceTopic, lang: ClaimPattern['lang'], tier: 0 | 1, sources: string[]): ClaimPattern[] =>
  sources.map((source) => ({ topic, lang, tier, source }));

export const CLAIM_PATTERNS: ClaimPattern[] = [
  // Sleep
  ...p('sleep', 'en', 0, [
    'fall(?:ing|s)? asleep(?: faster| quicker| easier| sooner| naturally)?',
    '(?:deep|deeper|restful|restorative|quality|better|sound|peaceful|healthy|uninterrupted|relaxing)[ -]sleep',
    'sleep (?:support|aid|quality|better|deeper|soundly|through the night|cycles?)',
    '(?:supports?|promotes?|improves?|enhances?|encourages?) (?:healthy |restful |deep |better |quality |natural |normal )?sleep',
    'insomnia',
    'sleeplessness',
    'trouble sleeping',
    'stay asleep',
    `(?:good|full|better|restful) night${A}?s? (?:sleep|rest)`,
    'melatonin(?:[ -]free)?',
    'for (?:better |deep |deeper |restful |quality )?sleep',
  ]),
  ...p('sleep', 'de', 0, [
    '(?:ein|durch)schlaf(?:en|hilfe|probleme|störungen)?',
    'schlafqualität',
    'schlaflosigkeit',
    'schlafstörung(?:en)?',
    '(?:erholsame[nmrs]?|tiefe[nmrs]?|gesunde[nmrs]?|bessere[nmrs]?|besser) schlaf(?:en)?',
    'nachtruhe',
    'melatonin',
  ]),
  ...p('sleep', 'fr', 0, [
    'sommeil(?: réparateur| profond| de qualité)?',
    `s${A}endormir`,
    'endormissement',
    'insomnies?',
    'mélatonine',
  ]),
  ...p('sleep', 'en', 1, ['sleep(?![ -](?:mode|timer|apnea|tracker|button|state))', 'wind[ -]down', 'bedtime routine']),
  ...p('sleep', 'de', 1, ['schlaf(?:en)?']),

  // Stress and anxiety
  ...p('stress-anxiety', 'en', 0, [
    'stress (?:relief|support|response|reduction|management|balance)',
    '(?:reduces?|relieves?|eases?|manages?|fights?|combats?|lowers?|soothes?) (?:stress|anxiety|tension|nervousness|worry)',
    'anxiety',
    'anxious(?:ness)?',
    'nervousness',
    '(?:calm|calming|relaxed) (?:mind|mood|nerves|feeling|focus)',
    'mood (?:support|balance)',
    'nervous system',
    'psychological function',
  ]),
  ...p('stress-anxiety', 'de', 0, [
    'stress(?:abbau|reduktion|resistenz|bewältigung)',
    'gegen stress',
    'angst(?:zustände)?',
    'nervosität',
    'nervensystem(?:s)?',
    'nerven',
    'psychische[nrs]? funktion',
    'innere (?:ruhe|unruhe)',
  ]),
  ...p('stress-anxiety', 'fr', 0, [
    'anxiété',
    'nervosité',
    'système nerveux',
    'fonctions? psychologiques?',
    'anti-stress',
    'contre le stress',
  ]),
  ...p('stress-anxiety', 'en', 1, [
    'stress(?![ -](?:test|resistant|free charging))',
    'calm(?:ing|ness)?',
    '(?<!muscles? )relax(?:ation|ing|ed|es)?',
    'mood',
  ]),
  ...p('stress-anxiety', 'de', 1, ['entspannung']),
  ...p('stress-anxiety', 'fr', 1, ['détente(?! musculaire)']),

  // Muscle cramps
  ...p('muscle-cramps', 'en', 0, [
    '(?:muscle|leg|calf|night|nocturnal|foot|menstrual) cramps?',
    'cramp(?:s|ing)?',
    '(?:muscle )?spasms?',
    'charley horses?',
    '(?:muscle )?twitch(?:es|ing)?',
    'restless legs?',
  ]),
  ...p('muscle-cramps', 'de', 0, ['(?:muskel|waden|bein|nacht)?kr(?:ampf|ämpfe)n?', 'muskelzucken']),
  ...p('muscle-cramps', 'fr', 0, ['crampes?(?: musculaires| nocturnes)?', 'spasmes?']),

  // Muscle recovery and soreness
  ...p('muscle-recovery', 'en', 0, [
    '(?:muscle|post[- ]workout|exercise|workout|athletic|sports?) recovery',
    'recover(?:y)? faster',
    '(?:sore|tired|aching|achy) muscles',
    '(?:muscle )?soreness',
    'muscle (?:relaxation|function|support|health|tension|performance|repair)',
    '(?:supports?|promotes?) (?:normal |healthy )?muscles?',
  ]),
  ...p('muscle-recovery', 'de', 0, [
    'regeneration',
    'muskelkater',
    'muskelfunktion',
    'muskel(?:entspannung|regeneration)',
    'muskulatur',
  ]),
  ...p('muscle-recovery', 'fr', 0, ['récupération(?: musculaire)?', 'courbatures?', 'fonction musculaire', 'détente musculaire']),
  ...p('muscle-recovery', 'en', 1, [
    'recovery(?![ -](?:mode|key|disk|partition|drive))',
    'muscles?(?![ -](?:cramps?|spasms?|twitch))',
  ]),
  ...p('muscle-recovery', 'de', 1, ['muskeln?']),
  ...p('muscle-recovery', 'fr', 1, ['muscles?']),

  // Absorption
  ...p('absorption', 'en', 0, [
    '(?:highly|readily|easily|well|better|fully|quickly|rapidly|superior) (?:absorbed|absorbable|bioavailable)',
    '(?:high|higher|better|superior|maximum|max|optimal|optimi[sz]ed|enhanced|improved|rapid|fast|easy|excellent|increased|great|efficient)[ -](?:absorption|bioavailability|uptake)',
    'absorbs? (?:better|easily|quickly|well|fast)',
  ]),
  ...p('absorption', 'de', 0, [
    '(?:hohe|gute|optimale|bessere|schnelle) (?:bioverfügbarkeit|aufnahme|resorption)',
    '(?:hoch|gut|besser|optimal|leicht) (?:bioverfügbar|resorbierbar|aufnehmbar|verwertbar)',
  ]),
  ...p('absorption', 'fr', 0, [
    '(?:haute|excellente|meilleure|bonne|optimale) (?:biodisponibilité|absorption|assimilation)',
    '(?:hautement|très|bien|facilement|mieux) (?:biodisponible|absorbée?|assimilée?|assimilable)',
  ]),
  ...p('absorption', 'en', 1, ['bioavailab(?:le|ility)']),
  ...p('absorption', 'de', 1, ['bioverfügbar(?:keit)?']),
  ...p('absorption', 'fr', 1, ['biodisponib(?:le|ilité)']),

  // Gentle on digestion
  ...p('gentle-digestion', 'en', 0, [
    `(?:no|non|without|free of|won${A}t cause|will not cause|doesn${A}t cause|does not cause|zero)[ -](?:a |the )?laxative(?: effects?)?`,
    '(?:gentle|easy|kind|soft) on (?:the |your )?(?:stomach|tummy|digestion|gut|digestive system)',
    'stomach[ -]friendly',
    `(?:no|without|won${A}t cause|minimal|less) (?:digestive|stomach|gi|gastrointestinal) (?:upset|discomfort|distress|issues|side effects)`,
    'gentle digestion',
  ]),
  ...p('gentle-digestion', 'de', 0, [
    'magen(?:freundlich|schonend)',
    '(?:gut|sehr gut|besonders gut) verträglich',
    '(?:ohne|keine) abführende(?:n)? wirkung',
    'nicht abführend',
  ]),
  ...p('gentle-digestion', 'fr', 0, [
    'sans effet laxatif',
    `(?:doux|douce) pour (?:l${A}estomac|le système digestif|les intestins)`,
    'bonne tolérance digestive',
    '(?:bien|très bien) tolérée?',
  ]),

  // Clinically proven
  ...p('clinically-proven', 'en', 0, [
    'clinically (?:proven|studied|tested|shown|researched|validated|backed|effective)',
    '(?:scientifically|medically) (?:proven|backed|validated)',
    'backed by (?:science|research|clinical (?:studies|research|trials))',
    '(?:proven|shown) (?:in|by) (?:clinical )?(?:studies|trials|research)',
    'clinical (?:studies|trials|research) (?:show|prove|confirm)',
    '(?:research|science)[ -]backed',
    'proven to',
  ]),
  ...p('clinically-proven', 'de', 0, [
    'klinisch (?:geprüft|getestet|bewiesen|belegt|erprobt|bestätigt)',
    'wissenschaftlich (?:belegt|bewiesen|bestätigt|fundiert)',
    'studien (?:belegen|zeigen|beweisen)',
  ]),
  ...p('clinically-proven', 'fr', 0, [
    'cliniquement (?:prouvée?|testée?|démontrée?|étudiée?)',
    'scientifiquement (?:prouvée?|démontrée?)',
    'études cliniques',
    'prouvée? par des études',
  ]),

  // Energy and tiredness
  ...p('energy', 'en', 0, [
    '(?:boosts?|supports?|increases?|restores?|improves?|promotes?|more|natural|sustained|daily|cellular) energy(?: levels?| production| metabolism)?',
    'energy (?:support|boost|production|levels?|metabolism)',
    'energy[- ]yielding metabolism',
    '(?:reduces?|reduction of|reducing|fights?|combats?|relieves?|less) (?:tiredness|fatigue|exhaustion)',
    'tiredness(?: and fatigue)?',
  ]),
  ...p('energy', 'de', 0, [
    'müdigkeit(?: und ermüdung)?',
    'ermüdung',
    'energiestoffwechsel(?:s)?',
    '(?:mehr|neue) energie',
    'energie(?:haushalt|gewinnung|bereitstellung)',
    'erschöpfung',
  ]),
  ...p('energy', 'fr', 0, [
    '(?:réduire|réduction de|réduit|diminuer|diminution de|lutter contre|contre) (?:la )?fatigue',
    'métabolisme énergétique',
    "plus d['’]énergie",
  ]),
  ...p('energy', 'en', 1, ['fatigue']),
  ...p('energy', 'fr', 1, ['fatigue', 'énergie']),
];
