import type { Polarity } from '../model.js';
import type { CellView, Tone } from './view-types.js';

/** Judges a signed difference (this year minus last, or area minus county) by polarity. */
export function toneOf(difference: number | null, polarity: Polarity): Tone {
  if (difference === null || difference === 0 || polarity === 'neutral') return 'none';
  const better = polarity === 'lower_is_better' ? difference < 0 : difference > 0;
  return better ? 'better' : 'worse';
}

export function cell(text: string, tone: Tone = 'none', against = ''): CellView {
  const toneText = tone === 'none' ? '' : `${tone} than ${against}`;
  return { text, tone, toneText };
}
