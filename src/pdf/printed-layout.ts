import { outlineLayout, type PdfLayout } from './pdf-outline.js';
import { PdfObjects } from './pdf-objects.js';
import { readPdfLayout } from './read-pdf.js';

/** The pages of the printed document's headings: from its outline as Chromium writes it, else with pdf.js. */
export async function printedLayout(pdf: Uint8Array): Promise<PdfLayout> {
  const objects = PdfObjects.read(pdf);
  return (objects === undefined ? undefined : outlineLayout(objects)) ?? readPdfLayout(pdf);
}
