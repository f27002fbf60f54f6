/** The output formats of assess diff and their file extensions (a light module: the CLI loads it at start). */
export const DIFF_FORMATS = ['text', 'md', 'csv', 'json', 'html', 'pdf'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_EXTENSIONS: Record<DiffFormat, string> = { text: 'txt', md: 'md', csv: 'csv', json: 'json', html: 'html', pdf: 'pdf' };
