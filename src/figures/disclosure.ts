/**
 * Small-number suppression applied to the figures before anything is computed from them or
 * written (statistics.md, "Small-number suppression"). Counts of a measure whose agency has a rule
 * are replaced by what may be published: 1..threshold withheld (null, flagged as suppressed), the
 * rest rounded. Everything downstream (change, rates, intervals, ranks, ward lists) is then worked
 * out from those published values, so no rate or change can give a withheld count back; county
 * totals alone are summed from the unrounded district values and then rounded, as the NHS does.
 */
import type { AnnualTable, AssessConfig, DisclosureRule, MeasureDefinition, Observation, YearInputs } from '../model.js';
import { NHS_HES_RULE, suppressCount } from '../statistics/suppression.js';
import type { Series } from './series.js';

export type YearFlags = [boolean, boolean, boolean];

const NOTHING_SUPPRESSED: Readonly<YearFlags> = Object.freeze([false, false, false]);

/** The rule of an agency: as configured, else the NHS rule for health, else none (null). */
export function agencyRule(agency: string, config: Pick<AssessConfig, 'suppression'>): DisclosureRule | null {
  const rule = config.suppression?.[agency] ?? (agency === 'health' ? NHS_HES_RULE : 'none');
  // A rule that withholds nothing and rounds to 1 changes nothing: treat it as none.
  if (rule === 'none' || (rule.threshold === 0 && rule.roundTo === 1)) return null;
  return { threshold: rule.threshold, roundTo: rule.roundTo };
}

/**
 * The rule for a measure's own values. Published rates are not counts (their publisher has
 * already protected them) and a ratio's percentage is derived from its parts, which carry the rule.
 */
export function measureRule(measure: MeasureDefinition, config: Pick<AssessConfig, 'suppression'>): DisclosureRule | null {
  if (measure.valueKind === 'rate' || measure.ratioOf) return null;
  return agencyRule(measure.agency, config);
}

export interface ShownCount {
  /** The count as it may be published, or null when withheld. */
  value: number | null;
  suppressed: boolean;
}

/** One count under a rule: 0 stays 0, 1..threshold is withheld, others rounded. */
export function discloseCount(value: number, rule: DisclosureRule): ShownCount {
  // Counts are whole; a stray fraction or sign is handled so the rule still applies to its size.
  const shown = suppressCount(Math.round(Math.abs(value)), rule).value;
  if (shown === null) return { value: null, suppressed: true };
  return { value: value < 0 && shown !== 0 ? -shown : shown, suppressed: false };
}

/**
 * A total under a rule: summed from the unrounded parts and only then rounded, so a withheld
 * part cannot be recovered by subtraction. Null (not suppressed) when any part is missing, as
 * an unsuppressed county total would be.
 */
export function discloseTotal(parts: readonly (number | null)[], rule: DisclosureRule | null): ShownCount {
  if (parts.length === 0 || parts.some((part) => part === null)) return { value: null, suppressed: false };
  const total = parts.reduce<number>((sum, part) => sum + part!, 0);
  return rule === null ? { value: total, suppressed: false } : discloseCount(total, rule);
}

export interface Disclosure {
  /** The annual table as it may be shown: counts under a rule rounded, withheld ones null. */
  annual: AnnualTable;
  /** The rule behind a measure's shown values (a ratio: its parts'); undefined when none. */
  ruleOf(measure: MeasureDefinition): DisclosureRule | undefined;
  /** Which of the years an area's (district's or ward's) value is withheld in; a ratio through its parts. */
  suppressed(measure: MeasureDefinition, code: string, years: readonly number[]): YearFlags;
  /** The county's series and flags under a rule; undefined when no rule applies (a plain sum). */
  countySeries(measure: MeasureDefinition, codes: readonly string[], years: readonly number[]): { values: Series; suppressed: YearFlags } | undefined;
}

/** Applies each measure's rule to the annual table of districts and wards. Pure. */
export function discloseAnnual(annual: AnnualTable, measures: readonly MeasureDefinition[], config: Pick<AssessConfig, 'suppression'>): Disclosure {
  const rules = new Map<string, DisclosureRule>();
  for (const measure of measures) {
    const rule = measureRule(measure, config);
    if (rule !== null) rules.set(measure.id, rule);
  }
  const shown: AnnualTable = rules.size === 0 ? annual : new Map(annual);
  const withheld = new Map<string, Map<string, Set<number>>>();
  for (const [id, rule] of rules) {
    const byArea = annual.get(id);
    if (byArea === undefined) continue;
    const shownByArea = new Map<string, Map<number, number | null>>();
    const withheldByArea = new Map<string, Set<number>>();
    for (const [code, byYear] of byArea) {
      const shownByYear = new Map<number, number | null>();
      const years = new Set<number>();
      for (const [year, value] of byYear) {
        const count = value === null || !Number.isFinite(value) ? { value: null, suppressed: false } : discloseCount(value, rule);
        shownByYear.set(year, count.value);
        if (count.suppressed) years.add(year);
      }
      shownByArea.set(code, shownByYear);
      withheldByArea.set(code, years);
    }
    shown.set(id, shownByArea);
    withheld.set(id, withheldByArea);
  }

  const partsOf = (measure: MeasureDefinition): readonly string[] => measure.ratioOf ?? [measure.id];
  const ruleOf = (measure: MeasureDefinition): DisclosureRule | undefined =>
    partsOf(measure).map((id) => rules.get(id)).find((rule) => rule !== undefined);
  const unrounded = (id: string, code: string, year: number): number | null => {
    const value = annual.get(id)?.get(code)?.get(year);
    return value == null || !Number.isFinite(value) ? null : value;
  };
  const countyTotal = (id: string, codes: readonly string[], year: number): ShownCount =>
    discloseTotal(codes.map((code) => unrounded(id, code, year)), rules.get(id) ?? null);

  return {
    annual: shown,
    ruleOf,
    suppressed: (measure, code, years) =>
      years.slice(0, 3).map((year) => partsOf(measure).some((id) => withheld.get(id)?.get(code)?.has(year) === true)) as YearFlags,
    countySeries: (measure, codes, years) => {
      // Published rates have no county figure, with or without a rule (series.ts groupSeries).
      if (measure.valueKind === 'rate' || ruleOf(measure) === undefined) return undefined;
      const perYear = years.slice(0, 3).map((year) => {
        if (!measure.ratioOf) return countyTotal(measure.id, codes, year);
        const [num, den] = measure.ratioOf.map((id) => countyTotal(id, codes, year)) as [ShownCount, ShownCount];
        const value = num.value === null || den.value === null || den.value === 0 ? null : (100 * num.value) / den.value;
        return { value, suppressed: num.suppressed || den.suppressed };
      });
      return { values: perYear.map((y) => y.value) as Series, suppressed: perYear.map((y) => y.suppressed) as YearFlags };
    },
  };
}

/** The measures whose counts a rule rounds or withholds, with the ratios derived from them. */
function ruledMeasures(config: Pick<AssessConfig, 'suppression' | 'measures'>): MeasureDefinition[] {
  const ruled = new Set(config.measures.filter((m) => measureRule(m, config) !== null).map((m) => m.id));
  return config.measures.filter((m) => ruled.has(m.id) || (m.ratioOf?.some((id) => ruled.has(id)) ?? false));
}

/**
 * What the document may be drawn from beyond the figures: the raw observations (SPC charts plot
 * monthly counts) and the input warnings (the large-change check quotes counts, "from 25 to 5")
 * of measures under a rule are left out, so neither can print a withheld or unrounded count. The
 * warnings still reach the console, where only the analyst sees them.
 */
export function publishableInputs(inputs: YearInputs, config: Pick<AssessConfig, 'suppression' | 'measures'>): YearInputs {
  const ruled = ruledMeasures(config);
  if (ruled.length === 0) return inputs;
  const ids = new Set(ruled.map((m) => m.id));
  return {
    ...inputs,
    observations: inputs.observations.filter((o: Observation) => !ids.has(o.measure)),
    warnings: inputs.warnings.filter((w) => w.measure === undefined || !ids.has(w.measure)),
  };
}

/** Flags for a row no rule touches. */
export function noneSuppressed(): YearFlags {
  return [...NOTHING_SUPPRESSED] as YearFlags;
}
