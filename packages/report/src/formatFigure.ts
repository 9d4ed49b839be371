import type { FigureRecord, Shown } from '@careledger/measures';

/** A figure's value as the committee reads it: 12%, 62.7, 391 days, c (suppressed), or a dash with why. */
export function formatValue(value: Shown | null | undefined, unit: FigureRecord['unit']): string {
  if (value === 'c') return 'c';
  if (value === null || value === undefined) return '–';
  if (unit === 'percent') return `${value}%`;
  if (unit === 'days') return `${value} days`;
  return value.toLocaleString('en-GB');
}

export const POLARITY_TEXT: Record<FigureRecord['polarity'], string> = { highIsGood: 'High is good', lowIsGood: 'Low is good', neutral: 'Neither' };

/** RAG with a letter as well as a colour: colour is never the only carrier. */
export const RAG_TEXT: Record<FigureRecord['rag']['status'], { letter: string; text: string }> = {
  green: { letter: 'G', text: 'Green' }, amber: { letter: 'A', text: 'Amber' }, red: { letter: 'R', text: 'Red' }, notRated: { letter: '–', text: 'Not rated' },
};

export const DIRECTION_TEXT: Record<FigureRecord['direction']['trend'], { symbol: string; text: string }> = {
  improving: { symbol: '▲', text: 'Improving' }, worsening: { symbol: '▼', text: 'Getting worse' }, broadlySame: { symbol: '►', text: 'Broadly the same' },
  increased: { symbol: '↑', text: 'Increased' }, decreased: { symbol: '↓', text: 'Decreased' }, notAssessed: { symbol: '–', text: 'Not assessed' },
};

/** Is this figure's value a count of children or records (what small-number suppression is about)? */
export const isCountUnit = (unit: FigureRecord['unit']): boolean => unit === 'count';
