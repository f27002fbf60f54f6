import type { AssessConfig, Figures, YearInputs } from '../model.js';
import { joinList } from '../narrative/wording.js';

/** One district's assessment in a county build. */
export interface District {
  code: string;
  name: string;
  /** The district's folder in out/<year>/, e.g. "E07999002-bramleigh". */
  folder: string;
  /** The configuration's own district, whose document is the one `assess build` makes. */
  home: boolean;
  config: AssessConfig;
  /** Notes for the methodology on what this district's document leaves out, and why. */
  notes: (figures: Figures) => string[];
}

/** "Ashworth Vale" -> "ashworth-vale"; accents dropped, so folder names are plain ASCII. */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'district';
}

/**
 * The configuration of another district's document. The most similar group, the priorities
 * (the partnership's own review and scores) and the analyst's commentary belong to the home
 * district: another district is compared with the county only, and its document says why.
 */
function otherDistrictConfig(config: AssessConfig, code: string, name: string): AssessConfig {
  const { comparators: _group, priorities: _priorities, ...shared } = config;
  return { ...shared, area: code, partnership: `${name} Community Safety Partnership` };
}

interface NoteContext {
  hasCommentary: boolean;
  /** Names of the districts the ward lookups cover. */
  wardDistricts: string[];
}

function otherDistrictNotes(config: AssessConfig, name: string, homeName: string, context: NoteContext): (figures: Figures) => string[] {
  const fixed: string[] = [];
  if (config.comparators) fixed.push(`The ${config.comparators.name} is configured for ${homeName}, so ${name} is compared with the districts of ${config.county.name} but not ranked within a most similar group.`);
  if (config.priorities) fixed.push(`The review of priorities and the priority scoring belong to the ${config.partnership}, so this document has no priorities section.`);
  if (context.hasCommentary) fixed.push(`The analyst's commentary in the data folder is written about ${homeName}, so it is not part of this document.`);
  return (figures) => [
    ...fixed,
    ...(figures.wards.length === 0 ? [`The data folder has no ward figures for ${name}, so this document has no ward hotspot tables or charts${context.wardDistricts.length > 0 ? ` (the ward lookups cover ${joinList(context.wardDistricts)} only)` : ''}.`] : []),
  ];
}

/**
 * Every district of the county, in the configuration's order, each with the configuration of its
 * own document. The home district's is the configuration itself, so its document is exactly the
 * one `assess build` makes.
 */
export function countyDistricts(config: AssessConfig, inputs: Pick<YearInputs, 'population' | 'wards'>, hasCommentary: boolean): District[] {
  const nameOf = (code: string): string => inputs.population.find((p) => p.areaCode === code)?.areaName ?? code;
  const homeName = nameOf(config.area);
  const context = { hasCommentary, wardDistricts: [...new Set(inputs.wards.map((w) => w.areaCode))].map(nameOf) };
  return [...new Set(config.county.areas)].map((code) => {
    const name = nameOf(code);
    const home = code === config.area;
    return {
      code,
      name,
      folder: `${code}-${slug(name)}`,
      home,
      config: home ? config : otherDistrictConfig(config, code, name),
      notes: home ? () => [] : otherDistrictNotes(config, name, homeName, context),
    };
  });
}
