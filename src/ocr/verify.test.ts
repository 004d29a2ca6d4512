import { describe, expect, it } from 'vitest';
import type { LabelLine } from './label-text';
import { checkFigure } from './verify';

const line = (text: string, digitConfidence: number | null = 92): LabelLine => ({
  text,
  read: [text.replace(/\t/g, '  ')],
  digitConfidence,
  figures: [],
});
const stated = (mg: number, source: string) => ({ min: mg, max: mg, basis: 'stated-elemental' as const, source });

describe('checks on a figure read from a label image', () => {
  it('passes a Magnesium row whose %DV agrees with its mg (420, 400 or 375 mg reference)', () => {
    for (const [mg, pct] of [
      [200, 48],
      [400, 95],
      [100, 25],
      [375, 100],
    ] as const) {
      const row = line(`Magnesium (as glycinate)\t${mg} mg\t${pct}%`);
      expect(checkFigure(stated(mg, row.text.replace(/\t/g, ' ')), [row])?.problems).toEqual([]);
    }
  });

  it('flags a misread digit that the %DV contradicts', () => {
    const row = line('Magnesium (as citrate)\t800 mg\t48%');
    const check = checkFigure(stated(800, 'Magnesium (as citrate) 800 mg 48%'), [row]);
    expect(check?.problems).toEqual(['its 48% Daily Value does not match 800 mg']);
    expect(check?.read).toEqual(['Magnesium (as citrate)  800 mg  48%']);
  });

  it('flags amounts no serving holds, rows not named Magnesium, and unsure digits', () => {
    expect(checkFigure(stated(2000, 'Magnesium 2000 mg'), [line('Magnesium\t2000 mg')])?.problems).toEqual([
      '2000 mg is more than a magnesium serving holds',
    ]);
    expect(checkFigure(stated(90, 'Mangan 90 mg'), [line('Mangan\t90 mg')])?.problems).toContain(
      'the row is not clearly named Magnesium',
    );
    expect(checkFigure(stated(90, 'Magnesium 90 mg'), [line('Magnesium\t90 mg', 40)])?.problems).toEqual([
      'the reader was unsure of its digits',
    ]);
  });

  it('accepts the 450 mg value of older US labels for pregnant or lactating women', () => {
    const row = line('Magnesium (as dimagnesium malate)\t100 mg\t22%');
    expect(checkFigure(stated(100, 'Magnesium (as dimagnesium malate) 100 mg 22%'), [row])?.problems).toEqual([]);
  });

  it('trusts less sure digits only when the %DV read beside them agrees', () => {
    const agreeing = line('Magnesium (as citrate)\t50 mg\t13%', 57);
    expect(checkFigure(stated(50, 'Magnesium (as citrate) 50 mg 13%'), [agreeing])?.problems).toEqual([]);
    const alone = line('Magnesium (as citrate)\t50 mg', 57);
    expect(checkFigure(stated(50, 'Magnesium (as citrate) 50 mg'), [alone])?.problems).toEqual([
      'the reader was unsure of its digits',
    ]);
    const guessed = line('Magnesium (as citrate)\t50 mg\t13%', 30);
    expect(checkFigure(stated(50, 'Magnesium (as citrate) 50 mg 13%'), [guessed])?.problems).toEqual([
      'the reader was unsure of its digits',
    ]);
  });

  it('judges a figure by its own words when the engine gave them, not by a misread elsewhere on the line', () => {
    const text = 'one tablet contains magnesium of asparaginate 0,175¢g (a magnesium 11,8mg ion).';
    const prose = (confidence: number): LabelLine => ({
      ...line(text, 47),
      figures: [
        { text: '0,175¢g', confidence: 47 },
        { text: '11,8mg', confidence },
      ],
    });
    expect(checkFigure(stated(11.8, text), [prose(91)])?.problems).toEqual([]);
    expect(checkFigure(stated(11.8, text), [prose(52)])?.problems).toEqual(['the reader was unsure of its digits']);
    // Without the words, the least sure digits of the line decide.
    expect(checkFigure(stated(11.8, text), [line(text, 47)])?.problems).toEqual(['the reader was unsure of its digits']);
  });

  it('checks the line the figure came from, not a scrap of text inside it', () => {
    const scrap = line('NE', null);
    const row = line('Magnesium (from Magnesium Citrate)\t200 mg\t48%');
    expect(checkFigure(stated(200, 'Magnesium (from Magnesium Citrate) 200 mg 48%'), [scrap, row])?.line).toBe(row.text);
  });

  it('does not check figures that did not come from the label', () => {
    expect(checkFigure(null, [])).toBeNull();
    expect(
      checkFigure({ min: 400, max: 400, basis: 'from-title', source: 'Magnesium 400 mg' }, [line('Magnesium\t400 mg')]),
    ).toBeNull();
    expect(checkFigure(stated(200, 'provides 200 mg of magnesium'), [line('Zinc\t5 mg')])).toBeNull();
  });
});

describe('a figure worked out from the %DV', () => {
  it('is never a confident dose from an image (the label may use 400 or 420 mg)', () => {
    const row = line('Magnesium (as\t88%');
    expect(
      checkFigure({ min: 369.6, max: 369.6, basis: 'from-percent-dv', source: 'Magnesium (as 88%' }, [row])?.problems,
    ).toContain('its mg was not read, only its % Daily Value');
  });
});

describe('children’s daily values', () => {
  it('accepts a %DV computed against the older children’s value (200 mg)', () => {
    const row = line('Magnesium (as gluconate)\t10 mg\t5%');
    expect(checkFigure(stated(10, 'Magnesium (as gluconate) 10 mg 5%'), [row])?.problems).toEqual([]);
  });
});
