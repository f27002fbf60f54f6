/** The configuration's shapes: what assess.config.yaml and the measure catalogue say. */

import type { FileMapping } from './config/parse-mappings.js';
import type { SpcSettings } from './config/parse-spc.js';
import type { PrioritiesConfig } from './config/parse-priorities.js';

export type Polarity = 'lower_is_better' | 'higher_is_better' | 'neutral';

export interface MeasureDefinition {
  id: string;
  label: string;
  agency: string;
  theme: string;
  /** A column of population.csv (population, dwellings, households, population_10_17...), or 'none'. */
  denominator: string;
  polarity: Polarity;
  /**
   * 'count' (default): counts that add up, so the county figure is the sum of its districts.
   * 'rate': a value published as a rate or percentage (Fingertips, re-offending rates), which
   * must never be summed: the county has no figure unless one is published for it.
   */
  valueKind?: 'count' | 'rate';
  /** A proportion of two other measures, shown in %: [numerator, denominator]. */
  ratioOf?: [string, string];
  /** Shown under the measure's table, e.g. why a rise can be read as good. */
  note?: string;
  /**
   * What a rise can mean besides more harm, for measures where more reporting is welcome
   * (domestic abuse): "more victims are coming forward". Used by the narrative.
   */
  riseReading?: string;
  /** Shown in the crime overview table (seed 002 section 3). */
  overview?: boolean;
}

export interface ThemeDefinition {
  id: string;
  title: string;
  /** One or two sentences that open the theme's section. */
  intro: string;
}

export interface AreaSet {
  name: string;
  areas: string[];
}

export interface AssessConfig {
  /** XmR chart settings: outlier screening and rebased baselines per measure. */
  spc?: SpcSettings;
  /** Date printed on the cover, YYYY-MM-DD; when absent the build uses today's date. */
  documentDate?: string;
  partnership: string;
  /** The home district's area code. */
  area: string;
  county: AreaSet & { code?: string };
  comparators?: AreaSet;
  /** Assessment year N = the 12 months ending this month (1-12) of year N. */
  yearEndMonth: number;
  measures: MeasureDefinition[];
  themes: ThemeDefinition[];
  /** A line printed on the cover, e.g. "Synthetic sample data - not real figures". */
  coverNote?: string;
  /**
   * How tables are shaded: 'significance' (the default) shades only changes and differences from
   * the county that are statistically significant; 'direction' shades every rise and fall.
   */
  colouring?: 'significance' | 'direction';
  /**
   * Significance levels for comparisons with the county and the comparator group: 1 (the
   * default) tests at 95% only; 2 also tests at 99.8%, so a difference can be best / worst.
   */
  significanceLevels?: 1 | 2;
  /** Marks every page of the document as a draft. */
  draft: boolean;
  /** Folder of replacement templates (branding), resolved against the config file. */
  templates?: string;
  /** Partner spreadsheets (wide CSV tables) and how to read them; absent when none are configured. */
  mappings?: FileMapping[];
  /**
   * Small-number suppression by agency: a rule, or 'none'. An agency not listed gets its default:
   * the NHS rule (1-7 suppressed, others rounded to 5) for health, none for every other agency.
   * Absent when the configuration has no `suppression:` section.
   */
  suppression?: Record<string, { threshold: number; roundTo: number } | 'none'>;
  /** Last year's priorities to review and the matrix that ranks the themes; absent when not configured. */
  priorities?: PrioritiesConfig;
  /** The file the configuration was read from, for messages and the methodology. */
  sourceFile: string;
}
