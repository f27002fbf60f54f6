import { AssessError } from '../../src/errors.js';
import type { AssessConfig } from '../../src/model.js';
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { bundledThemes } from '../../src/catalogue/themes.js';

/** The AssessError thrown by `run`, failing the test if it throws nothing or something else. */
export function errorFrom(run: () => unknown): AssessError {
  try {
    run();
  } catch (error) {
    if (error instanceof AssessError) return error;
    throw error;
  }
  throw new Error('expected an AssessError, but nothing was thrown');
}

export async function errorFromAsync(run: () => Promise<unknown>): Promise<AssessError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AssessError) return error;
    throw error;
  }
  throw new Error('expected an AssessError, but nothing was thrown');
}

/** Every problem of an error: itself when single, its related problems when collected. */
export function problemsOf(error: AssessError): AssessError[] {
  return error.related.length > 0 ? error.related : [error];
}

export function testConfig(overrides: Partial<AssessConfig> = {}): AssessConfig {
  return {
    partnership: 'Safer Maidstone Partnership',
    area: 'E07000110',
    county: { name: 'Kent', code: 'E10000016', areas: ['E07000110', 'E07000105', 'E07000106'] },
    comparators: { name: 'Most similar group', areas: ['E07000110', 'E07000200'] },
    yearEndMonth: 9,
    measures: bundledMeasures.map((measure) => ({ ...measure })),
    themes: bundledThemes.map((theme) => ({ ...theme })),
    draft: false,
    sourceFile: 'assess.config.yaml',
    ...overrides,
  };
}
