/**
 * The home district's police figures for the assessment year as data.police.uk publishes them:
 * one row per crime or ASB incident in monthly force files (YYYY-MM/YYYY-MM-<force>-street.csv,
 * zipped as a bulk download), placed in LSOAs, with the ONS LSOA -> ward -> district lookup
 * that takes them to Medbury's wards. Every figure is SYNTHETIC.
 *
 * The rows that carry an LSOA add up, per crime type, month and ward, to exactly the generator's
 * counts (wardLeafCounts), so the street reader reproduces the tidy figures. A handful of rows
 * per month have no location, as in real extracts: they are extra rows, which assess counts and
 * reports but leaves out of every total.
 */
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { streetCrimeTypes } from '../../src/ingest/formats/police-crime-types.js';
import { BASE_YEAR, HOME_AREA, HOME_WARDS, wardPopulations } from './geography.js';
import { sumLeaves, type LeafCounts } from './police.js';
import { largestRemainder, lognormalFactor, poisson, rngFor, uniform, type Rng } from './random.js';

export const FORCE_NAME = 'Wealdshire Police';
export const FORCE_SLUG = 'wealdshire';
export const STREET_ZIP = `police-street-${FORCE_SLUG}.zip`;
export const LSOA_LOOKUP = 'lsoa-ward-lookup.csv';
export const STREET_HEADER = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

const ASB_TYPE = 'Anti-social behaviour';
/** Rows with no location, as a share of a month's crimes (ASB always has a location here). */
const NO_LOCATION_SHARE = 0.005;

interface Place {
  name: string;
  lon: number;
  lat: number;
  weight: number;
}

export interface SampleLsoa {
  code: string;
  name: string;
  /** Index into HOME_WARDS. */
  ward: number;
  /** Crime per resident relative to the ward (one LSOA per ward is its busy centre). */
  level: number;
  places: Place[];
}

const STREET_STEMS = [
  'Church', 'Mill', 'Station', 'Park', 'London', "Queen's", "King's", 'Victoria', 'Albert', 'Orchard',
  'Chapel', 'School', 'Manor', 'Meadow', 'Oak', 'Elm', 'Beech', 'Willow', 'Cherry', 'Holly',
  'Rectory', 'Forge', 'Bell', 'Castle', 'Abbey', 'Hop Garden', 'Tannery', 'Brewery', 'Ashford', 'Coronation',
];
const STREET_KINDS = ['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Way', 'Drive', 'Gardens', 'Crescent', 'Place'];
/** data.police.uk's anonymised snap points are often named after what is there, not the street. */
const POINTS = [
  'Supermarket', 'Shopping Area', 'Parking Area', 'Petrol Station', 'Sports/Recreation Area', 'Nightclub',
  'Further/Higher Educational Building', 'Hospital', 'Police Station', 'Theatre/Concert Hall', 'Pedestrian Subway',
];

/** Centre of Medbury (a made-up place; the coordinates fall in the south-east of England). */
const CENTRE = { lon: 0.412, lat: 51.203 };

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function placesOf(code: string, lon: number, lat: number, wardName: string, centre: boolean): Place[] {
  const rng = rngFor('lsoa-places', code);
  const count = 6 + Math.floor(rng() * 7);
  const names = new Set<string>();
  const places: Place[] = [];
  if (wardName === 'High Street' && centre) places.push({ name: 'High Street', lon: round6(lon), lat: round6(lat), weight: 4 });
  while (places.length < count) {
    const name = rng() < (centre ? 0.45 : 0.2) ? pick(rng, POINTS) : `${pick(rng, STREET_STEMS)} ${pick(rng, STREET_KINDS)}`;
    if (names.has(name)) continue;
    names.add(name);
    places.push({ name, lon: round6(lon + uniform(rng, -0.004, 0.004)), lat: round6(lat + uniform(rng, -0.0025, 0.0025)), weight: lognormalFactor(rng, 0.6) });
  }
  return places;
}

/**
 * Medbury's LSOAs: 3 to 8 per ward by the ward's size, coded E01999001... in ward order and
 * named as ONS names them (district, MSOA number, letter), e.g. "Medbury 001A".
 */
export const HOME_LSOAS: SampleLsoa[] = (() => {
  const populations = wardPopulations(BASE_YEAR);
  const lsoas: SampleLsoa[] = [];
  let msoa = 0;
  HOME_WARDS.forEach((ward, w) => {
    const count = Math.min(8, Math.max(3, Math.round(populations[w]! / 1650)));
    // Wards sit on a rough grid around the centre; the town-centre ward in the middle.
    const angle = (2 * Math.PI * w) / HOME_WARDS.length;
    const radius = ward.name === 'High Street' ? 0 : 0.03 + 0.045 * uniform(rngFor('ward-place', ward.code), 0.4, 1);
    const wardLon = CENTRE.lon + radius * 1.6 * Math.cos(angle);
    const wardLat = CENTRE.lat + radius * Math.sin(angle);
    // An MSOA holds up to 5 LSOAs: a ward of 6 to 8 spans two.
    const msoas = count > 5 ? [Math.ceil(count / 2), Math.floor(count / 2)] : [count];
    let index = 0;
    for (const size of msoas) {
      msoa++;
      for (let letter = 0; letter < size; letter++, index++) {
        const code = `E01999${String(lsoas.length + 1).padStart(3, '0')}`;
        const rng = rngFor('lsoa', code);
        const lon = wardLon + uniform(rng, -0.012, 0.012);
        const lat = wardLat + uniform(rng, -0.008, 0.008);
        const centre = index === 0;
        lsoas.push({
          code,
          name: `${HOME_AREA.name} ${String(msoa).padStart(3, '0')}${String.fromCharCode(65 + letter)}`,
          ward: w,
          level: (centre ? 2.2 : 1) * lognormalFactor(rng, 0.3),
          places: placesOf(code, lon, lat, ward.name, centre),
        });
      }
    }
  });
  return lsoas;
})();

/** The ONS-layout lookup of Medbury's LSOAs to wards and the district. */
export function lsoaLookupCsv(): string {
  const lines = [['LSOA21CD', 'LSOA21NM', 'WD23CD', 'WD23NM', 'LAD23CD', 'LAD23NM']];
  for (const lsoa of HOME_LSOAS) {
    const ward = HOME_WARDS[lsoa.ward]!;
    lines.push([lsoa.code, lsoa.name, ward.code, ward.name, HOME_AREA.code, HOME_AREA.name]);
  }
  return lines.map((line) => line.map(csvCell).join(',')).join('\n') + '\n';
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How much a type concentrates in the busy LSOAs (weight = level ^ this). */
const CONCENTRATION: Record<string, number> = {
  Shoplifting: 2.2, 'Theft from the person': 1.8, Robbery: 1.4, Drugs: 1.4, 'Public order': 1.2,
  'Possession of weapons': 1.2, Burglary: 0.4, 'Vehicle crime': 0.6, [ASB_TYPE]: 1.1,
};

const OUTCOMES: [outcome: string, weight: number][] = [
  ['Investigation complete; no suspect identified', 34],
  ['Unable to prosecute suspect', 30],
  ['Status update unavailable', 6],
  ['Court result unavailable', 4],
  ['Awaiting court outcome', 3],
  ['Local resolution', 5],
  ['Offender given a caution', 3],
  ['Action to be taken by another organisation', 3],
  ['Further investigation is not in the public interest', 2],
  ['Formal action is not in the public interest', 2],
  ['Further action is not in the public interest', 1],
  ['Offender given penalty notice', 1],
  ['Suspect charged as part of another case', 1],
  ['Under investigation', 5],
];
/** Drugs and weapons offences are mostly detected when found, so more end with the suspect dealt with. */
const DETECTED_OUTCOMES: [outcome: string, weight: number][] = [
  ['Local resolution', 24], ['Offender given a caution', 14], ['Awaiting court outcome', 12], ['Court result unavailable', 14],
  ['Unable to prosecute suspect', 12], ['Under investigation', 8], ['Formal action is not in the public interest', 6],
  ['Offender given penalty notice', 4], ['Status update unavailable', 6],
];

function weighted<T>(rng: Rng, options: readonly [T, number][]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let x = rng() * total;
  for (const [value, w] of options) {
    x -= w;
    if (x < 0) return value;
  }
  return options.at(-1)![0];
}

/** The last outcome: recent crimes are more often still under investigation. */
function outcomeOf(rng: Rng, type: string, monthsOld: number): string {
  if (type === ASB_TYPE) return '';
  if (monthsOld < 3 && rng() < 0.6 - 0.18 * monthsOld) return 'Under investigation';
  return weighted(rng, type === 'Drugs' || type === 'Possession of weapons' ? DETECTED_OUTCOMES : OUTCOMES);
}

function crimeId(month: string, n: number): string {
  return createHash('sha256').update(`wealdshire-sample|${month}|${n}`).digest('hex');
}

interface StreetRow {
  lsoa?: SampleLsoa;
  type: string;
}

/** Street types with the generator's count for each, for one ward-month (ASB included). */
export function streetTypeCounts(counts: LeafCounts): [type: string, count: number][] {
  return streetCrimeTypes.map(([type, measure]) => [type, sumLeaves(counts, measure)]);
}

/**
 * One month's street file for the home district: each ward's count of each type spread over
 * its LSOAs, plus the month's rows with no location. `monthsOld` is how long before the
 * extract the month ended (0 = the last month), for the outcomes.
 */
export function streetMonth(month: string, wards: LeafCounts[], monthsOld: number): { text: string; placed: number; noLocation: number } {
  const rows: StreetRow[] = [];
  HOME_WARDS.forEach((ward, w) => {
    const lsoas = HOME_LSOAS.filter((l) => l.ward === w);
    const jitter = rngFor('lsoa-split', ward.code, month);
    for (const [type, count] of streetTypeCounts(wards[w]!)) {
      if (count === 0) continue;
      const exponent = CONCENTRATION[type] ?? 1;
      const weights = lsoas.map((l) => l.level ** exponent * lognormalFactor(rngFor('lsoa-type', l.code, type), 0.3) * lognormalFactor(jitter, 0.2));
      largestRemainder(count, weights).forEach((n, i) => {
        for (let k = 0; k < n; k++) rows.push({ lsoa: lsoas[i]!, type });
      });
    }
  });
  const placed = rows.length;

  const crimes = rows.filter((r) => r.type !== ASB_TYPE);
  const rng = rngFor('street-no-location', month);
  const noLocation = poisson(rng, crimes.length * NO_LOCATION_SHARE);
  for (let k = 0; k < noLocation; k++) rows.push({ type: pick(rng, crimes)!.type });

  // Rows come grouped by LSOA (no location last), in no particular order within an LSOA.
  const order = rngFor('street-order', month);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(order() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const lsoaKey = (row: StreetRow): string => row.lsoa?.code ?? '~';
  rows.sort((a, b) => (lsoaKey(a) < lsoaKey(b) ? -1 : lsoaKey(a) > lsoaKey(b) ? 1 : 0));

  const detail = rngFor('street-rows', month);
  let crimeNumber = 0;
  const lines = rows.map(({ lsoa, type }) => {
    const id = type === ASB_TYPE ? '' : crimeId(month, crimeNumber++);
    const outcome = outcomeOf(detail, type, monthsOld);
    if (lsoa === undefined) return [id, month, FORCE_NAME, FORCE_NAME, '', '', 'No location', '', '', type, outcome, ''];
    const place = weighted(detail, lsoa.places.map((p) => [p, p.weight] as [Place, number]));
    return [id, month, FORCE_NAME, FORCE_NAME, place.lon.toFixed(6), place.lat.toFixed(6), `On or near ${place.name}`, lsoa.code, lsoa.name, type, outcome, ''];
  });
  const text = [STREET_HEADER, ...lines.map((line) => line.map(csvCell).join(','))].join('\n') + '\n';
  return { text, placed, noLocation };
}

/**
 * The zip of a folder's monthly street files, as a data.police.uk bulk download. Every entry
 * carries the same fixed time (a local date-time string, because zip times are local: fflate
 * reads them with getHours() and friends), so the bytes do not depend on when or where the
 * generator runs.
 */
export function streetZip(year: number, months: string[], wardsOf: (month: string) => LeafCounts[]): { zip: Uint8Array; placed: number; noLocation: number } {
  const entries: Record<string, Uint8Array> = {};
  let placed = 0;
  let noLocation = 0;
  months.forEach((month, i) => {
    const file = streetMonth(month, wardsOf(month), months.length - 1 - i);
    placed += file.placed;
    noLocation += file.noLocation;
    entries[`${month}/${month}-${FORCE_SLUG}-street.csv`] = new TextEncoder().encode(file.text);
  });
  const zip = zipSync(entries, { level: 9, mtime: `${year}-11-14T12:00:00` });
  return { zip, placed, noLocation };
}
