import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { mappingTemplates } from '../../src/ingest/mapping-templates.js';

const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/partner', name);

describe('mappingTemplates', () => {
  it('gives each mapped partner spreadsheet a header-only template with the columns it reads', () => {
    const yamlFiles = ['fire-2012.yaml', 'caseload-2012.yaml'].map(fixture);
    const templates = yamlFiles.flatMap((file) => mappingTemplates(parseConfig(readFileSync(file, 'utf8'), file).mappings));
    expect(templates).toEqual([
      { name: 'fire-template.csv', content: 'Area,Fires,2010/ 11,2011/ 12\n' },
      { name: 'caseload-template.csv', content: 'CSP,Community Order,Suspended Sentence,Post release licence,YRO\n' },
    ]);
  });

  it('has nothing to give when there are no mappings', () => {
    expect(mappingTemplates(undefined)).toEqual([]);
  });
});
