import { describe, expect, it } from 'vitest';
import { chartLayout, figuresIn, formatPercent, isOwnCouncil, sourcesOf, summarise } from '@site/lib/indicators';
import type { Indicator } from '@site/loaders/schemas';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

const source = 'Scrutiny report, January 2017';
const fig = (period: string, place: string, placeKind: Indicator['figures'][number]['placeKind'], value: number, isDemo = false) => ({
  period,
  place,
  placeKind,
  value,
  isDemo,
  source: isDemo ? 'Demo figures' : source,
});
const eet: Indicator = {
  slug: 'eet',
  title: 'Care leavers in education, employment or training',
  description: 'The share of care leavers in EET.',
  unit: 'percent',
  figures: [
    fig('2014/15', 'England', 'england', 47.89),
    fig('2014/15', 'Demo Borough', 'council', 45, true),
    fig('2015/16', 'Demo Borough', 'council', 52, true),
    fig('2015/16', 'North West', 'region', 47.95),
    fig('2015/16', 'Stat Neighbours', 'statistical-neighbours', 49.8),
    fig('2015/16', 'Lancashire', 'council', 40.96),
    fig('2015/16', 'England', 'england', 49),
    fig('2025/26', 'Demo Borough', 'council', 58, true),
  ],
};
const council = 'Demo Borough Council';

describe('indicators', () => {
  it('knows the publishing council by its short name, and not other councils', () => {
    expect(isOwnCouncil({ place: 'Demo Borough', placeKind: 'council' }, council)).toBe(true);
    expect(isOwnCouncil({ place: 'Lancashire', placeKind: 'council' }, council)).toBe(false);
    expect(isOwnCouncil({ place: 'Demo Borough', placeKind: 'region' }, council)).toBe(false);
  });

  it('says in words how the council compares with England, and its latest figure, marking demo figures', () => {
    expect(summarise(i18n, eet, council)).toBe(
      'In 2015/16, the share of care leavers in education, employment or training was 52% (a demo figure) in Demo Borough, compared with 49% in England. ' +
        'By 2025/26, the figure for Demo Borough was 58% (a demo figure).',
    );
  });

  it('says only the comparison when it is the latest figure, and works without England', () => {
    const latestCompared = { ...eet, figures: eet.figures.filter((f) => f.period !== '2025/26') };
    expect(summarise(i18n, latestCompared, council)).toBe(
      'In 2015/16, the share of care leavers in education, employment or training was 52% (a demo figure) in Demo Borough, compared with 49% in England.',
    );
    const alone = { ...eet, figures: [fig('2023/24', 'Demo Borough', 'council', 61.5)] };
    expect(summarise(i18n, alone, council)).toBe('In 2023/24, the share of care leavers in education, employment or training was 61.5% in Demo Borough.');
  });

  it('keeps figures as precise as the source, and no more', () => {
    expect(formatPercent(i18n, 49.28)).toBe('49.28%');
    expect(formatPercent(i18n, 58)).toBe('58%');
    expect(formatPercent(i18n, 86.755)).toBe('86.76%');
  });

  it('orders places: this council, other councils, similar councils, region, England', () => {
    expect(figuresIn(i18n, eet, '2015/16', council).map((f) => f.place)).toEqual(['Demo Borough', 'Lancashire', 'Stat Neighbours', 'North West', 'England']);
  });

  it('numbers each distinct source once', () => {
    expect(sourcesOf(eet)).toEqual([source, 'Demo figures']);
  });

  it('lays out one labelled bar per figure, on a 0 to 100% scale, grouped by period in entry order', () => {
    const layout = chartLayout(i18n, eet, council);
    expect(layout.groups.map((g) => g.period)).toEqual(['2014/15', '2015/16', '2025/26']);
    const bars = layout.groups.flatMap((g) => g.bars);
    expect(bars).toHaveLength(eet.figures.length);
    expect(bars.map((b) => b.label)).toContain('Demo Borough (demo)');
    expect(bars.find((b) => b.label === 'England' && b.valueText === '49%')?.width).toBeCloseTo(layout.barMax * 0.49);
    expect(bars.find((b) => b.label.startsWith('Demo Borough'))?.style).toBe('own');
    // Every bar below the one before it, and inside the view box.
    bars.forEach((bar, i) => {
      if (i > 0) expect(bar.y).toBeGreaterThan(bars[i - 1]!.y);
      expect(bar.y + layout.barHeight).toBeLessThanOrEqual(layout.height);
    });
  });
});
