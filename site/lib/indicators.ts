/**
 * "How we're doing": outcome figures as sentences, tables and build-time bar charts.
 * Pure functions of the snapshot data (no DOM, no chart library), tested in
 * tests/unit/indicators.unit.spec.ts.
 */
import { PLACE_KINDS } from '@content/model/vocabularies';
import { numberFormat } from '@content/model/locales';
import type { I18n } from '@site/i18n';
import type { Indicator } from '@site/loaders/schemas';

export type Figure = Indicator['figures'][number];
export type PlaceKind = Figure['placeKind'];

/**
 * How a place's bars are drawn. Every bar is labelled with its place and figure, so the
 * style is never the only way to tell places apart (WCAG 1.4.1); each colour is 3:1 or more
 * on white (WCAG 1.4.11), and the patterned ones also differ in texture.
 */
export type BarStyle = 'own' | PlaceKind;

/** `47.5%`, `49.28%`: as precise as the source printed it, no more. */
export function formatPercent(i18n: I18n, value: number): string {
  return `${numberFormat(i18n.locale, 'decimal').format(value)}%`;
}

/**
 * Is this place the council that publishes the site? Figures name places briefly
 * ("Demo Borough") where the authority has its full name ("Demo Borough Council").
 */
export function isOwnCouncil(figure: Pick<Figure, 'place' | 'placeKind'>, council: string): boolean {
  if (figure.placeKind !== 'council') return false;
  const place = figure.place.trim().toLowerCase();
  const name = council.trim().toLowerCase();
  return place === name || name.startsWith(`${place} `) || place.startsWith(`${name} `);
}

/** Periods in the order the editor entered them (they are words like "2015/16" or "December 2016", not dates). */
export function periodsOf(indicator: Indicator): string[] {
  return [...new Set(indicator.figures.map((f) => f.period))];
}

/**
 * The order places appear in within a period: this council, then the content model's order
 * of place kinds (other councils, similar councils, region, England).
 */
export function placeRank(figure: Figure, council: string): number {
  return isOwnCouncil(figure, council) ? 0 : PLACE_KINDS.indexOf(figure.placeKind) + 1;
}

export function barStyle(figure: Figure, council: string): BarStyle {
  return isOwnCouncil(figure, council) ? 'own' : figure.placeKind;
}

/** The figures of one period, in place order. */
export function figuresIn(i18n: I18n, indicator: Indicator, period: string, council: string): Figure[] {
  return indicator.figures
    .filter((f) => f.period === period)
    .sort((a, b) => placeRank(a, council) - placeRank(b, council) || a.place.localeCompare(b.place, i18n.lang));
}

/** "care leavers in education…" from the title "Care leavers in education…", for the middle of a sentence. */
function midSentence(title: string): string {
  // Lower-case the first letter unless the first word is an acronym or a name ("EET", "Ofsted").
  return /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

/**
 * A plain-English summary computed from the figures: this council compared with England in
 * the latest period that has both, then this council's latest figure if it is more recent.
 * Demo figures say so.
 *
 * @example "In 2015/16, the share of care leavers in education, employment or training was
 * 47.5% (a demo figure) in Demo Borough, compared with 49.28% in England."
 */
export function summarise(i18n: I18n, indicator: Indicator, council: string): string {
  const { t } = i18n;
  const own = indicator.figures.filter((f) => isOwnCouncil(f, council));
  const periods = periodsOf(indicator);
  const what = midSentence(indicator.title);
  const valueOf = (f: Figure) => (f.isDemo ? t('indicators.demoValue', { value: formatPercent(i18n, f.value) }) : formatPercent(i18n, f.value));
  const sentences: string[] = [];

  const compared = [...periods]
    .reverse()
    .map((period) => ({
      mine: own.find((f) => f.period === period),
      england: indicator.figures.find((f) => f.period === period && f.placeKind === 'england'),
    }))
    .find((pair) => pair.mine && pair.england);
  const latest = [...periods].reverse().map((period) => own.find((f) => f.period === period)).find(Boolean);

  if (compared?.mine && compared.england) {
    sentences.push(
      t('indicators.summary', {
        period: compared.mine.period,
        what,
        value: valueOf(compared.mine),
        place: compared.mine.place,
        england: formatPercent(i18n, compared.england.value),
      }),
    );
    // A more recent figure than the comparison: say it too.
    if (latest && latest !== compared.mine) {
      sentences.push(t('indicators.latest', { place: latest.place, value: valueOf(latest), period: latest.period }));
    }
  } else if (latest) {
    sentences.push(t('indicators.summaryAlone', { period: latest.period, what, value: valueOf(latest), place: latest.place }));
  }
  return sentences.join(' ');
}

/** The distinct sources of an indicator's figures, numbered from 1 in the order they first appear. */
export function sourcesOf(indicator: Indicator): string[] {
  return [...new Set(indicator.figures.map((f) => f.source))];
}

/** One bar of the chart, in SVG user units. Its place label sits on the line above it. */
export interface Bar {
  label: string;
  valueText: string;
  style: BarStyle;
  isDemo: boolean;
  /** The top of the bar; the label's baseline is a few units above it. */
  y: number;
  width: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** How long 100% is; bars start at 0. */
  barMax: number;
  barHeight: number;
  groups: { period: string; y: number; bars: Bar[] }[];
}

/**
 * Horizontal bars grouped by period, drawn at build time. The view box is phone-sized
 * (300 wide), so at 320px the 13-unit text is still about 12px; wider screens cap the
 * chart's width in CSS. Each place's name is on its own line above its bar, so a long
 * name is never cut off or drawn over a bar, and the figure sits at the end of the bar.
 * The scale is always 0 to 100%, so bars in different charts compare.
 */
export function chartLayout(i18n: I18n, indicator: Indicator, council: string): ChartLayout {
  const width = 300;
  const barMax = width - 52;
  const barHeight = 14;
  const labelHeight = 17;
  const rowGap = 8;
  const periodHeight = 24;
  const groupGap = 12;
  let y = 0;
  const groups = periodsOf(indicator).map((period) => {
    const top = y;
    y += periodHeight;
    const bars = figuresIn(i18n, indicator, period, council).map((f) => {
      y += labelHeight;
      const bar: Bar = {
        label: f.isDemo ? i18n.t('indicators.demoLabel', { place: f.place }) : f.place,
        valueText: formatPercent(i18n, f.value),
        style: barStyle(f, council),
        isDemo: f.isDemo,
        y,
        width: Math.max(1, (Math.min(100, Math.max(0, f.value)) / 100) * barMax),
      };
      y += barHeight + rowGap;
      return bar;
    });
    y += groupGap;
    return { period, y: top, bars };
  });
  return { width, height: Math.max(y - groupGap - rowGap, 1), barMax, barHeight, groups };
}
