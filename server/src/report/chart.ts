/**
 * The inline SVG chart of the evidence report: every d or r effect as a marker on a horizontal
 * |d| axis shaded with the effect-size classes of the advice (spec §4). r is converted for
 * plotting with d = 2r/√(1−r²); odds ratios have no classes and are left out (listed by the page).
 */
import { append, decimalSeparator, EFFECT_CLASSES, labelFor, plural, REPORT_PLURALS, REPORT_TEXT, textIn, type EffectClass, type Language, largest } from '../core';
import { html, join, type Markup } from '../markup/html';
import type { EvidenceReport, ReportEffect } from './model';
import { formatNumber } from './text';

/** Lower bounds of the d classes (spec §4); the last class has no upper bound. */
export const D_CLASS_BOUNDS: Readonly<Record<EffectClass, number>> = {
  negligible: 0,
  small: 0.2,
  medium: 0.5,
  large: 0.8,
  'very large': 1.2,
};

export const DEFAULT_AXIS_MAX = 1.6;
/** Values beyond this are drawn at the edge as off-scale markers (|d| > 2.5 is implausible anyway). */
export const AXIS_CAP = 4;

const BAND_FILL: Readonly<Record<EffectClass, string>> = {
  negligible: '#eef1f4',
  small: '#dbe9f5',
  medium: '#c3dbef',
  large: '#a9cbe7',
  'very large': '#8fbade',
};

const INK = '#102a43';
const MUTED = '#486581';
const MARK = '#0b3c5d';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

const WIDTH = 900;
const LABEL_X = 8;
const X0 = 330;
const X1 = 815;
const LINE = 20;
const MEASURE_FONT = 13.5;
const STUDY_FONT = 12;
const MEASURE_LINE = 16;
const LABEL_WIDTH = X0 - LABEL_X - 14;

export interface ChartResult {
  /** The `<svg>` element, or undefined when there is nothing to plot. */
  readonly svg: Markup | undefined;
  /** d/r effects in the chart, in order. */
  readonly plotted: readonly ReportEffect[];
  /** Effects left out of the chart (odds ratios). */
  readonly omitted: readonly ReportEffect[];
  readonly axisMax: number;
}

/** A rough text width for layout; the chart is drawn in a sans-serif font. */
function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.68 : 0.58);
}

function truncate(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  const keep = Math.max(1, Math.floor(width / (size * 0.58)) - 1);
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** Word-wraps to at most `maxLines` lines of `width`; the last line is truncated with an ellipsis. */
export function wrap(text: string, size: number, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate, size) <= width || current === '') {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      current = `${current} ${words.slice(i).join(' ')}`;
      break;
    }
    lines.push(current);
    current = word;
  }
  if (current !== '') lines.push(current);
  return lines.map((line) => truncate(line, size, width));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** 1.6, or the next multiple of 0.4 above 1.2 that holds the largest |d|, at most AXIS_CAP. */
export function axisMaxFor(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).map(Math.abs);
  const widest = largest(finite, 0);
  if (widest <= DEFAULT_AXIS_MAX) return DEFAULT_AXIS_MAX;
  return Math.min(AXIS_CAP, round(1.2 + Math.ceil(round((widest - 1.2) / 0.4)) * 0.4));
}

function ticksFor(axisMax: number): number[] {
  const ticks = [0, 0.2, 0.5, 0.8, 1.2];
  const step = axisMax > 3.2 ? 0.8 : 0.4;
  for (let v = 1.2 + step; v <= axisMax + 1e-9; v = round(v + step)) ticks.push(round(v));
  if (round(ticks[ticks.length - 1] ?? 0) < axisMax) ticks.push(axisMax);
  return ticks;
}

function className(cls: EffectClass, language: Language): string {
  return labelFor(cls, language);
}

function num(value: number): string {
  return String(round(value));
}

/** Puts labels on as few lines as possible without overlaps; returns the line of each. */
function stagger(spans: readonly [number, number][]): number[] {
  const ends: number[] = [];
  return spans.map(([start, end]) => {
    let line = ends.findIndex((e) => start >= e + 14);
    if (line < 0) {
      line = ends.length;
      ends.push(end);
    } else ends[line] = end;
    return line;
  });
}

function marker(effect: ReportEffect, cx: number, cy: number, offScale: boolean): Markup {
  const negative = (effect.plotD ?? 0) < 0;
  const fill = negative ? '#ffffff' : MARK;
  const common = html`class="marker" data-kind="${effect.kind}" fill="${fill}" stroke="${MARK}" stroke-width="2"`;
  if (offScale) {
    return html`<path ${common} d="M${num(cx - 7)},${num(cy - 8)} L${num(cx + 7)},${num(cy)} L${num(cx - 7)},${num(cy + 8)} Z"/>`;
  }
  if (effect.kind === 'r') {
    return html`<path ${common} d="M${num(cx)},${num(cy - 8)} L${num(cx + 8)},${num(cy)} L${num(cx)},${num(cy + 8)} L${num(cx - 8)},${num(cy)} Z"/>`;
  }
  return html`<circle ${common} cx="${num(cx)}" cy="${num(cy)}" r="6.5"/>`;
}

export function renderChart(report: EvidenceReport): ChartResult {
  const say = textIn(report.language);
  const lang = report.language;
  const plotted = report.effects.filter((e) => e.plotD !== undefined);
  const omitted = report.effects.filter((e) => e.plotD === undefined);
  const axisMax = axisMaxFor(plotted.map((e) => e.plotD ?? 0));
  if (plotted.length === 0) return { svg: undefined, plotted, omitted, axisMax };

  const scale = (d: number): number => X0 + (Math.min(d, axisMax) / axisMax) * (X1 - X0);

  // Band labels above the plot, staggered over lines where they would overlap.
  const bandFont = 13;
  const bands = EFFECT_CLASSES.map((cls, i) => {
    const next = EFFECT_CLASSES[i + 1];
    const from = D_CLASS_BOUNDS[cls];
    const to = next === undefined ? axisMax : D_CLASS_BOUNDS[next];
    const label = className(cls, lang);
    const centre = (scale(from) + scale(to)) / 2;
    const w = textWidth(label, bandFont, true);
    const start = Math.max(LABEL_X, Math.min(centre - w / 2, WIDTH - w - LABEL_X));
    return { cls, from, to, label, start, w };
  });
  const bandLines = stagger(bands.map((b) => [b.start, b.start + b.w]));
  const labelLines = largest(bandLines) + 1;
  const top = 4 + labelLines * LINE + 4;
  // Rows: the measure on up to three lines, the study below it.
  const rows = plotted.map((effect) => {
    const measureLines = wrap(effect.measure === '' ? '—' : effect.measure, MEASURE_FONT, LABEL_WIDTH, 3);
    return { effect, measureLines, height: 10 + measureLines.length * MEASURE_LINE + 20 };
  });
  const rowTops: number[] = [];
  let y = top;
  for (const row of rows) {
    rowTops.push(y);
    y += row.height;
  }
  const bottom = y;

  const parts: Markup[] = [];
  const description = say(REPORT_TEXT.chartDescription, { count: plotted.length, effectSizes: plural(lang, plotted.length, REPORT_PLURALS.effectSize) });
  // Legend entries: shapes explained once each.
  const anyNegative = plotted.some((e) => (e.plotD ?? 0) < 0);
  const anyOffScale = plotted.some((e) => Math.abs(e.plotD ?? 0) > axisMax);
  const legend: { shape: 'circle' | 'diamond' | 'hollow' | 'triangle'; text: string }[] = [
    { shape: 'circle', text: say(REPORT_TEXT.legendD) },
    { shape: 'diamond', text: say(REPORT_TEXT.legendR) },
  ];
  if (anyNegative) legend.push({ shape: 'hollow', text: say(REPORT_TEXT.legendNegative) });
  if (anyOffScale) legend.push({ shape: 'triangle', text: `${say(REPORT_TEXT.legendOffScale)} (> ${formatNumber(axisMax, lang)})` });
  const legendFont = 13;
  const legendRows: { shape: (typeof legend)[number]['shape']; text: string; x: number; row: number }[] = [];
  let lx = LABEL_X;
  let lrow = 0;
  for (const item of legend) {
    const w = 22 + textWidth(item.text, legendFont) + 24;
    if (lx + w > WIDTH && lx > LABEL_X) {
      lrow++;
      lx = LABEL_X;
    }
    legendRows.push({ ...item, x: lx, row: lrow });
    lx += w;
  }
  const axisTitleY = bottom + 38;
  const legendY = axisTitleY + 26;
  const height = legendY + lrow * 20 + 14;

  parts.push(
    html`<svg class="effect-chart" role="img" aria-label="${say(REPORT_TEXT.chartTitle)}" aria-describedby="chart-desc" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" font-family="${FONT}">`,
    html`<title>${say(REPORT_TEXT.chartTitle)}</title>`,
    html`<desc id="chart-desc">${description}</desc>`,
  );

  // Class bands with their labels.
  parts.push(html`<g class="bands">`);
  bands.forEach((band, i) => {
    const bx = scale(band.from);
    const bw = Math.max(0, scale(band.to) - bx);
    const range = band.cls === 'very large' ? `≥ ${formatNumber(band.from, lang)}` : `${formatNumber(band.from, lang)}–${formatNumber(band.to, lang)}`;
    parts.push(
      html`<g class="band" data-class="${band.cls}"><title>${`${band.label}: |d| ${range}`}</title>`,
      html`<rect x="${num(bx)}" y="${num(top)}" width="${num(bw)}" height="${num(bottom - top)}" fill="${BAND_FILL[band.cls]}"/>`,
      html`<text class="band-label" x="${num(band.start)}" y="${num(4 + (bandLines[i] ?? 0) * LINE + 12)}" font-size="${bandFont}" font-weight="600" fill="${INK}">${band.label}</text>`,
      html`<path d="M${num(bx + 2)},${num(4 + (bandLines[i] ?? 0) * LINE + 21)} v-4 H${num(bx + bw - 2)} v4" fill="none" stroke="${MUTED}" stroke-width="1.2"/>`,
      html`</g>`,
    );
  });
  for (const cls of EFFECT_CLASSES.slice(1)) {
    const bx = scale(D_CLASS_BOUNDS[cls]);
    parts.push(html`<line x1="${num(bx)}" y1="${num(top)}" x2="${num(bx)}" y2="${num(bottom)}" stroke="#ffffff" stroke-width="2"/>`);
  }
  parts.push(html`</g>`);

  // One row per effect: label on the left, marker on the axis, value to the right of the marker.
  parts.push(html`<g class="effects">`);
  rows.forEach(({ effect, measureLines, height }, i) => {
    const rowTop = rowTops[i] ?? top;
    const cy = rowTop + height / 2;
    const d = effect.plotD ?? 0;
    const magnitude = Math.abs(d);
    const offScale = magnitude > axisMax;
    const cx = offScale ? X1 : scale(magnitude);
    const converted = effect.kind === 'r' ? ` → d ≈ ${Number.isFinite(d) ? formatNumber(Math.round(d * 100) / 100, lang) : d > 0 ? '∞' : '−∞'}` : '';
    const full = `${effect.measureText} — ${effect.studyKey} ${effect.study}: ${effect.valueText}${converted} (${effect.className})`;
    const valueLabel = effect.kind === 'd' ? formatNumber(effect.value, lang) : effect.valueText;
    if (i % 2 === 1) parts.push(html`<rect x="0" y="${num(rowTop)}" width="${X0 - 4}" height="${num(height)}" fill="#f3f6f9"/>`);
    const firstBaseline = rowTop + 8 + MEASURE_LINE - 3;
    append(parts, [
      html`<g class="effect" data-kind="${effect.kind}"><title>${full}</title>`,
      ...measureLines.map(
        (line, n) => html`<text x="${LABEL_X}" y="${num(firstBaseline + n * MEASURE_LINE)}" font-size="${MEASURE_FONT}" fill="${INK}">${line}</text>`,
      ),
      html`<text x="${LABEL_X}" y="${num(firstBaseline + measureLines.length * MEASURE_LINE)}" font-size="${STUDY_FONT}" fill="${MUTED}">${truncate(`${effect.studyKey} · ${effect.study}`, STUDY_FONT, LABEL_WIDTH)}</text>`,
      html`<line x1="${X0}" y1="${num(cy)}" x2="${num(cx)}" y2="${num(cy)}" stroke="${MARK}" stroke-width="1" stroke-dasharray="2 3" opacity="0.55"/>`,
      marker(effect, cx, cy, offScale),
      html`<text x="${num(cx + 11)}" y="${num(cy + 4)}" font-size="12.5" font-weight="600" fill="${INK}">${valueLabel}</text>`,
      html`</g>`,
    ]);
  });
  parts.push(html`</g>`);

  // Axis with ticks at the class bounds.
  parts.push(html`<g class="axis"><line x1="${X0}" y1="${num(bottom)}" x2="${X1}" y2="${num(bottom)}" stroke="${INK}" stroke-width="1.5"/>`);
  for (const tick of ticksFor(axisMax)) {
    const tx = scale(tick);
    parts.push(
      html`<line x1="${num(tx)}" y1="${num(bottom)}" x2="${num(tx)}" y2="${num(bottom + 6)}" stroke="${INK}"/>`,
      html`<text x="${num(tx)}" y="${num(bottom + 20)}" font-size="12.5" text-anchor="middle" fill="${INK}">${tick === 0 ? '0' : tick.toFixed(1).replace('.', decimalSeparator(lang))}</text>`,
    );
  }
  parts.push(html`<text x="${num((X0 + X1) / 2)}" y="${num(axisTitleY)}" font-size="13" text-anchor="middle" fill="${INK}">${say(REPORT_TEXT.chartAxis)}</text></g>`);

  // Legend.
  parts.push(html`<g class="legend">`);
  for (const item of legendRows) {
    const cy = legendY + item.row * 20;
    const cx = item.x + 8;
    const shape =
      item.shape === 'circle'
        ? html`<circle cx="${num(cx)}" cy="${num(cy - 4)}" r="6" fill="${MARK}"/>`
        : item.shape === 'diamond'
          ? html`<path d="M${num(cx)},${num(cy - 12)} L${num(cx + 8)},${num(cy - 4)} L${num(cx)},${num(cy + 4)} L${num(cx - 8)},${num(cy - 4)} Z" fill="${MARK}"/>`
          : item.shape === 'hollow'
            ? html`<circle cx="${num(cx)}" cy="${num(cy - 4)}" r="5.5" fill="#ffffff" stroke="${MARK}" stroke-width="2"/>`
            : html`<path d="M${num(cx - 6)},${num(cy - 11)} L${num(cx + 7)},${num(cy - 4)} L${num(cx - 6)},${num(cy + 3)} Z" fill="${MARK}"/>`;
    parts.push(shape, html`<text x="${num(item.x + 22)}" y="${num(cy)}" font-size="${legendFont}" fill="${INK}">${item.text}</text>`);
  }
  parts.push(html`</g></svg>`);
  return { svg: join(parts, ''), plotted, omitted, axisMax };
}
