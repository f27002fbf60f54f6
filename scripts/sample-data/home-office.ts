/**
 * Police recorded crime for the comparator districts outside Wealdshire, as the Home Office
 * publishes it by Community Safety Partnership: one row per offence code, CSP and financial
 * quarter. Three partnerships that are neither in the county nor comparators are included, as
 * the real file covers every CSP in England and Wales: assess skips them and says so. Every
 * figure is SYNTHETIC.
 *
 * Each quarter's offence rows sum, per Home Office group and subgroup, to the generator's
 * monthly counts of the quarter's three months, so the two routes into the document agree.
 */
import { homeOfficeMeasures } from '../../src/ingest/formats/home-office-offences.js';
import { OTHER_COMPARATORS, type SampleArea } from './geography.js';
import { monthIndex } from './months.js';
import { binomial, rngFor, uniform } from './random.js';
import type { LeafCounts } from './police.js';

export const HOME_OFFICE_FILE = 'home-office-recorded-crime-by-csp.csv';
export const CSP_LOOKUP = 'csp-lookup.csv';
export const HOME_OFFICE_HEADER = ['Financial Year', 'Financial Quarter', 'Force Name', 'CSP Name', 'Offence Description', 'Offence Group', 'Offence Subgroup', 'Offence Code', 'Offence Count'];

/** Every measure the Home Office reader gives (all_crime and its mapping table). */
export const HOME_OFFICE_MEASURES: ReadonlySet<string> = new Set(['all_crime', ...homeOfficeMeasures.map(([measure]) => measure)]);

/** Partnerships in the file but not in the CSP lookup (other counties' districts). Invented. */
export const OTHER_CSPS: SampleArea[] = [
  { code: 'E07999201', name: 'Northwold', population: 97_380, crimeLevel: 0.78 },
  { code: 'E07999202', name: 'Eastcombe & Hale', population: 131_562, crimeLevel: 1.02 },
  { code: 'E07999203', name: 'Tollbridge', population: 114_905, crimeLevel: 0.92 },
];

/** The (fictional) force of each partnership in the file. */
const FORCES: Record<string, string> = {
  E07999101: 'Ambershire Police', E07999102: 'Ambershire Police', E07999103: 'Chalkmoor Constabulary', E07999104: 'Chalkmoor Constabulary',
  E07999105: 'Orrinshire Police', E07999106: 'Orrinshire Police', E07999107: 'Orrinshire Police', E07999108: 'Thamesdown Police',
  E07999201: 'Ambershire Police', E07999202: 'Chalkmoor Constabulary', E07999203: 'Thamesdown Police',
};

interface Offence {
  description: string;
  group: string;
  subgroup: string;
  code: string;
  /** Typical share of the generator leaf it is drawn from. */
  share: number;
}

const VAP = 'Violence against the person';
const THEFT = 'Theft offences';
const MISC = 'Miscellaneous crimes against society';

/**
 * The offence rows each generator leaf is published as. Groups and subgroups are the Home
 * Office's; codes and descriptions are in its style, a small subset of the real list.
 */
const OFFENCES: Record<string, Offence[]> = {
  violence_with_injury: [
    { description: 'Assault with injury', group: VAP, subgroup: 'Violence with injury', code: '8N', share: 0.9 },
    { description: 'Assault with intent to cause serious harm', group: VAP, subgroup: 'Violence with injury', code: '5D', share: 0.1 },
  ],
  violence_without_injury: [
    { description: 'Assault without injury', group: VAP, subgroup: 'Violence without injury', code: '105A', share: 0.5 },
    { description: 'Harassment', group: VAP, subgroup: 'Stalking and harassment', code: '8Q', share: 0.38 },
    { description: 'Malicious communications', group: VAP, subgroup: 'Stalking and harassment', code: '8R', share: 0.12 },
  ],
  sexual_offences: [
    { description: 'Rape of a female aged 16 and over', group: 'Sexual offences', subgroup: 'Rape', code: '19C', share: 0.38 },
    { description: 'Sexual assault on a female aged 13 and over', group: 'Sexual offences', subgroup: 'Other sexual offences', code: '17A', share: 0.62 },
  ],
  robbery: [
    { description: 'Robbery of personal property', group: 'Robbery', subgroup: 'Robbery of personal property', code: '34B', share: 0.88 },
    { description: 'Robbery of business property', group: 'Robbery', subgroup: 'Robbery of business property', code: '34A', share: 0.12 },
  ],
  burglary_residential: [{ description: 'Burglary - Residential', group: THEFT, subgroup: 'Residential burglary', code: '28E', share: 1 }],
  burglary_other: [{ description: 'Burglary - Business and Community', group: THEFT, subgroup: 'Non-residential burglary', code: '30C', share: 1 }],
  theft_from_vehicle: [{ description: 'Theft from a vehicle', group: THEFT, subgroup: 'Vehicle offences', code: '45', share: 1 }],
  theft_of_vehicle: [{ description: 'Theft or unauthorised taking of a motor vehicle', group: THEFT, subgroup: 'Vehicle offences', code: '48', share: 1 }],
  vehicle_interference: [{ description: 'Interfering with a motor vehicle', group: THEFT, subgroup: 'Vehicle offences', code: '126', share: 1 }],
  theft_from_person: [{ description: 'Theft from the person', group: THEFT, subgroup: 'Theft from the person', code: '39', share: 1 }],
  bicycle_theft: [{ description: 'Theft or unauthorised taking of a pedal cycle', group: THEFT, subgroup: 'Bicycle theft', code: '44', share: 1 }],
  shoplifting: [{ description: 'Shoplifting', group: THEFT, subgroup: 'Shoplifting', code: '46', share: 1 }],
  other_theft: [
    { description: 'Other theft', group: THEFT, subgroup: 'All other theft offences', code: '49', share: 0.86 },
    { description: 'Making off without payment', group: THEFT, subgroup: 'All other theft offences', code: '49B', share: 0.14 },
  ],
  criminal_damage: [
    { description: 'Criminal damage to a dwelling', group: 'Criminal damage and arson', subgroup: 'Criminal damage', code: '58A', share: 0.34 },
    { description: 'Criminal damage to a vehicle', group: 'Criminal damage and arson', subgroup: 'Criminal damage', code: '58C', share: 0.36 },
    { description: 'Other criminal damage', group: 'Criminal damage and arson', subgroup: 'Criminal damage', code: '58D', share: 0.22 },
    { description: 'Arson not endangering life', group: 'Criminal damage and arson', subgroup: 'Arson', code: '56B', share: 0.08 },
  ],
  drug_offences: [
    { description: 'Trafficking in controlled drugs', group: 'Drug offences', subgroup: 'Trafficking of drugs', code: '92A', share: 0.22 },
    { description: 'Possession of cannabis', group: 'Drug offences', subgroup: 'Possession of drugs', code: '92E', share: 0.56 },
    { description: 'Possession of other controlled drugs', group: 'Drug offences', subgroup: 'Possession of drugs', code: '92D', share: 0.22 },
  ],
  possession_of_weapons: [
    { description: 'Possession of article with blade or point', group: 'Possession of weapons offences', subgroup: 'Possession of weapons offences', code: '10D', share: 0.7 },
    { description: 'Possession of other weapons', group: 'Possession of weapons offences', subgroup: 'Possession of weapons offences', code: '10C', share: 0.3 },
  ],
  public_order: [
    { description: 'Public fear, alarm or distress', group: 'Public order offences', subgroup: 'Public order offences', code: '9', share: 0.82 },
    { description: 'Racially or religiously aggravated public fear, alarm or distress', group: 'Public order offences', subgroup: 'Public order offences', code: '9A', share: 0.18 },
  ],
  other_crimes: [
    { description: 'Perverting the course of justice', group: MISC, subgroup: MISC, code: '60', share: 0.3 },
    { description: 'Other notifiable offences', group: MISC, subgroup: MISC, code: '99', share: 0.7 },
  ],
};

/** The generator leaves the Home Office file publishes: every leaf of all crime. */
export const HOME_OFFICE_LEAVES = Object.keys(OFFENCES);

function financialYear(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The calendar quarters the months make up, each with its financial year and quarter. The
 * months must start a quarter and be whole quarters (the sample's 48 months run Oct to Sep).
 */
function quartersOf(months: string[]): { months: string[]; startYear: number; quarter: number }[] {
  if (months.length % 3 !== 0 || monthIndex(months[0]!) % 3 !== 0) throw new Error('the Home Office file needs whole calendar quarters');
  const quarters = [];
  for (let i = 0; i < months.length; i += 3) {
    const index = monthIndex(months[i]!);
    const year = Math.floor(index / 12);
    const calendarQuarter = (index % 12) / 3 + 1;
    // Financial quarter 1 is Apr-Jun; Jan-Mar is quarter 4 of the year that began the April before.
    quarters.push({ months: months.slice(i, i + 3), startYear: calendarQuarter === 1 ? year - 1 : year, quarter: calendarQuarter === 1 ? 4 : calendarQuarter - 1 });
  }
  return quarters;
}

/** Splits a count among offences: a binomial draw per offence in turn, the last one taking the rest. */
function splitCount(total: number, offences: Offence[], key: string[]): number[] {
  const rng = rngFor('home-office-split', ...key);
  let left = total;
  let shareLeft = 1;
  return offences.map((offence, i) => {
    if (i === offences.length - 1) return left;
    const n = binomial(rng, left, Math.min(1, (offence.share * uniform(rng, 0.85, 1.15)) / shareLeft));
    left -= n;
    shareLeft -= offence.share;
    return n;
  });
}

function cell(text: string | number): string {
  const s = String(text);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSPs of the file, in the order the Home Office lists them: by force, then partnership. */
export const HOME_OFFICE_CSPS: SampleArea[] = [...OTHER_COMPARATORS, ...OTHER_CSPS]
  .sort((a, b) => FORCES[a.code]!.localeCompare(FORCES[b.code]!, 'en') || a.name.localeCompare(b.name, 'en'));

/** The Home Office CSV for the 48 months of a folder. */
export function homeOfficeCsv(months: string[], district: (area: SampleArea, month: string) => LeafCounts): string {
  const lines = [HOME_OFFICE_HEADER.map(cell).join(',')];
  for (const { months: quarterMonths, startYear, quarter } of quartersOf(months)) {
    const label = quarterMonths[0]!;
    for (const area of HOME_OFFICE_CSPS) {
      const counts = quarterMonths.map((month) => district(area, month));
      for (const [leaf, offences] of Object.entries(OFFENCES)) {
        const total = counts.reduce((sum, c) => sum + (c[leaf] ?? 0), 0);
        splitCount(total, offences, [area.code, leaf, label]).forEach((n, i) => {
          const o = offences[i]!;
          lines.push([financialYear(startYear), quarter, FORCES[area.code]!, area.name, o.description, o.group, o.subgroup, o.code, n].map(cell).join(','));
        });
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** The analyst's lookup of CSP names to district codes: the comparators outside the county only. */
export function cspLookupCsv(): string {
  return ['csp_name,area_code', ...OTHER_COMPARATORS.map((a) => `${cell(a.name)},${a.code}`)].join('\n') + '\n';
}
