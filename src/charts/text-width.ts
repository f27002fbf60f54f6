/**
 * Text widths for Vega's layout (axis padding, legend spacing, label truncation). With no canvas
 * Vega guesses 0.8 em per character, far wider than Source Sans 3, which leaves gaps and truncates
 * labels early. These are the font's own advance widths (per 1,000 em, ASCII 32-126, read from
 * the @fontsource woff files the document embeds), so layout matches print without a canvas and
 * does not change if a canvas package happens to be installed.
 */

import * as vega from 'vega';

// prettier-ignore
const REGULAR = [200,289,426,497,497,824,609,249,303,303,418,497,249,311,249,350,497,497,497,497,497,497,497,497,497,497,249,249,497,497,497,425,847,543,588,571,615,527,494,617,652,263,479,579,486,727,647,664,566,664,569,534,536,645,515,786,513,476,539,303,350,303,497,500,542,504,553,456,555,496,292,504,544,246,247,495,255,829,547,542,555,555,347,419,338,544,467,719,446,467,425,303,241,303,497];
// prettier-ignore
const BOLD = [200,340,537,528,528,857,667,300,344,344,457,528,300,332,300,339,528,528,528,528,528,528,528,528,528,528,300,300,528,528,528,463,902,573,605,582,635,548,524,638,674,301,509,614,518,762,665,684,596,684,613,556,556,665,556,813,567,525,541,344,339,344,528,500,555,527,573,468,573,518,341,534,571,276,278,548,286,857,572,555,573,573,398,443,383,568,523,776,514,521,460,344,268,344,528];
/** Anything outside ASCII (en dash, ellipsis, accented names): a typical lower-case width. */
const OTHER = 550;

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

const isBold = (weight: string | number | undefined): boolean =>
  weight === 'bold' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);

/** Width in pixels of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 32 && code < 127 ? (table[code - 32] as number) : OTHER;
  }
  return (units * fontSize) / 1000;
}

interface TextMetrics {
  width: (item: TextItem, text: string | number | null | undefined) => number;
}

let installed = false;

/** Points Vega's text measurement at the table above (once; it is process-wide). */
export function useSourceSansMetrics(): void {
  if (installed) return;
  // vega-typings omit textMetrics, but vega-scenegraph documents a user-defined width function.
  const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
  metrics.width = (item, text) => textWidth(String(text ?? ''), item.fontSize ?? 11, isBold(item.fontWeight));
  installed = true;
}
