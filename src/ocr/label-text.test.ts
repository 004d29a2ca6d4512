import { describe, expect, it } from 'vitest';
import { toLabelLines, type OcrLine } from './label-text';

const ocr = (...texts: string[]): OcrLine[] => texts.map((text) => ({ text, digitConfidence: /\d/.test(text) ? 90 : null }));

describe('OCR lines to label text', () => {
  it('turns column gaps into tabs and drops printed rules', () => {
    const lines = toLabelLines(
      ocr('Supplement Facts', '————————', '|', 'Amount Per Serving      %DV', 'Magnesium         120 mg     29%'),
    );
    expect(lines.map((l) => l.text)).toEqual(['Supplement Facts', 'Amount Per Serving\t%DV', 'Magnesium\t120 mg\t29%']);
  });

  it('joins a name that runs onto the next line, keeping the figures in order', () => {
    const lines = toLabelLines(
      ocr(
        'Magnesium (as magnesium bisglycinate         200 mg',
        'chelate)                                             48%',
        'Other ingredients: rice flour.',
      ),
    );
    expect(lines[0]!.text).toBe('Magnesium (as magnesium bisglycinate chelate)\t200 mg\t48%');
    expect(lines[0]!.read).toHaveLength(2);
    expect(lines[1]!.text).toBe('Other ingredients: rice flour.');
  });

  it('adds a "(as …)" line to the row above it', () => {
    const lines = toLabelLines(ocr('Magnesium    70 mg    17%', '(as magnesium glycinate)', 'Zinc   5 mg  45%'));
    expect(lines.map((l) => l.text)).toEqual(['Magnesium (as magnesium glycinate)\t70 mg\t17%', 'Zinc\t5 mg\t45%']);
  });

  it('keeps the lowest digit confidence of the lines it joined', () => {
    const lines = toLabelLines([
      { text: 'Magnesium (as magnesium    150 mg', digitConfidence: 91 },
      { text: 'citrate)     36%', digitConfidence: 55 },
    ]);
    expect(lines[0]!.digitConfidence).toBe(55);
  });
});

describe('rows the reader split or left open', () => {
  it('joins a name over four lines while its bracket is open and the lines carry no figures', () => {
    const lines = toLabelLines(
      ocr('Magnesium (as                  350 mg           88%', 'magnesium amino acid', 'chelate)', 'Zinc   15 mg   100%'),
    );
    expect(lines.map((l) => l.text)).toEqual(['Magnesium (as magnesium amino acid chelate)\t350 mg\t88%', 'Zinc\t15 mg\t100%']);
  });

  it('closes a bracket the reader lost before the figures', () => {
    const lines = toLabelLines(ocr('Magnesium (as           10 mg             3%', 'Zinc   15 mg   100%'));
    expect(lines[0]!.text).toBe('Magnesium (as)\t10 mg\t3%');
  });
});

describe('letters the reader got wrong around a row', () => {
  it('reads braces as brackets, so the row still joins', () => {
    const lines = toLabelLines(ocr('Magnesium {as        105mg      25%', 'Magnesium Oxide}', 'Zinc   15 mg   100%'));
    expect(lines[0]!.text).toBe('Magnesium (as Magnesium Oxide)\t105mg\t25%');
  });

  it('puts right "magnesium" one or two letters off, and leaves other words alone', () => {
    const lines = toLabelLines(
      ocr(
        'Maognesum (as magnesium citrate     50mg    13%',
        'MAGNESUM  400 mg',
        'Manganese   2 mg   100%',
        'Milk of Magnesia',
        'Magnetic',
      ),
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Magnesium (as magnesium citrate)\t50mg\t13%',
      'MAGNESIUM\t400 mg',
      'Manganese\t2 mg\t100%',
      'Milk of Magnesia',
      'Magnetic',
    ]);
  });

  it('takes a figure out of a name whose bracket is still open', () => {
    const lines = toLabelLines(ocr('Magnesium (as magnesium 14.5 mg    4%', 'hydrogenphosphate)'));
    expect(lines[0]!.text).toBe('Magnesium (as magnesium hydrogenphosphate)\t14.5 mg\t4%');
  });
});

describe('rows that are rows of their own', () => {
  it('does not join a row to the one above whose bracket was misread as open', () => {
    const lines = toLabelLines(
      ocr('Iron (as ferrous bisglycinate chelate [Ferrochel)    30 mg   167%', 'Magnesium (as magnesium oxide)    300 mg    75%'),
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Iron (as ferrous bisglycinate chelate [Ferrochel))\t30 mg\t167%',
      'Magnesium (as magnesium oxide)\t300 mg\t75%',
    ]);
  });

  it('keeps a bracketed statement with its own amount apart from the row above', () => {
    const lines = toLabelLines(ocr('Magnesium aspartate complex     625mg', '(equiv. Magnesium 125 mg)'));
    expect(lines.map((l) => l.text)).toEqual(['Magnesium aspartate complex\t625mg', '(equiv. Magnesium 125 mg)']);
  });

  it('joins wrapped prose after a closing bracket', () => {
    const lines = toLabelLines(ocr('Each caplet contains 7 mEq (84 mg)', 'magnesium as magnesium lactate.'));
    expect(lines.map((l) => l.text)).toEqual(['Each caplet contains 7 mEq (84 mg) magnesium as magnesium lactate.']);
  });
});

describe('the digits behind a line', () => {
  it('keeps each word with digits, with its confidence, through joined rows and wrapped prose', () => {
    const lines = toLabelLines([
      {
        text: 'Each tablet contains asparaginate 0,175¢g (a',
        digitConfidence: 47,
        figures: [{ text: '0,175¢g', confidence: 47 }],
      },
      { text: 'magnesium 11,8mg ion).', digitConfidence: 91, figures: [{ text: '11,8mg', confidence: 91 }] },
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.figures.map((f) => f.text)).toEqual(['0,175¢g', '11,8mg']);
    expect(lines[0]!.digitConfidence).toBe(47);
  });
});

describe('rows a tilted photo split', () => {
  it('joins a name alone on its line to the figures on the next', () => {
    const lines = toLabelLines(ocr('4 Tablets Contain:', 'Magnesium', '400 mg', 'Adults take 4 tablets daily.'));
    expect(lines.map((l) => l.text)).toEqual(['4 Tablets Contain:', 'Magnesium\t400 mg', 'Adults take 4 tablets daily.']);
  });

  it('puts a name read below its "(from …)" and figures back in front', () => {
    const lines = toLabelLines(ocr('(from Magnesium Citrate)     435 mg', 'Magnesium', 'Other Ingredients: None.'));
    expect(lines.map((l) => l.text)).toEqual(['Magnesium (from Magnesium Citrate)\t435 mg', 'Other Ingredients: None.']);
  });

  it('leaves a heading and a sentence alone', () => {
    const lines = toLabelLines(ocr('Supplement Facts', 'Serving Size 1 capsule', 'Magnesium   100 mg'));
    expect(lines.map((l) => l.text)).toEqual(['Supplement Facts', 'Serving Size 1 capsule', 'Magnesium\t100 mg']);
  });
});

describe('headings beside the serving size', () => {
  it('puts the table headings the reader joined to the serving line on a line of their own', () => {
    const lines = toLabelLines(ocr('Serving Size: 3 veg capsules          Amount per serving', 'Magnesium   400 mg'));
    expect(lines.map((l) => l.text)).toEqual(['Serving Size: 3 veg capsules', 'Amount per serving', 'Magnesium\t400 mg']);
  });
});

describe('prose the panel wrapped', () => {
  it('joins a line that continues the sentence above it', () => {
    const lines = toLabelLines(
      ocr(
        '+ 117 mg of magnesium from 900 mg of pure, fully',
        'reacted magnesium bisglycinate',
        'Other ingredients: silicon',
        'dioxide.',
        'Taurine   30 mg',
      ),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '+ 117 mg of magnesium from 900 mg of pure, fully reacted magnesium bisglycinate',
      'Other ingredients: silicon dioxide.',
      'Taurine\t30 mg',
    ]);
  });

  it('does not join a line after a finished sentence or a table row', () => {
    const lines = toLabelLines(ocr('Take one capsule daily.', 'keep out of reach of children', 'Magnesium   100 mg', 'citrate'));
    expect(lines).toHaveLength(4);
  });
});
