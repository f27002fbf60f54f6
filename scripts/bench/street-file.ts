/**
 * A SYNTHETIC data.police.uk street-level file of any size for the benchmark, so it needs no
 * download: the real 12-column layout, a realistic crime-type mix (ASB about a third, violence
 * a quarter of crime), ~200 bytes a row, and a few quoted fields with commas and a line break,
 * as real Location and outcome texts sometimes have. Deterministic: the same arguments give the
 * same bytes. Also writes the matching LSOA -> ward -> district lookup.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from '../sample-data/random.js';
import { STREET_HEADER } from '../sample-data/street.js';

/** Crime types with rough national shares (data.police.uk, England and Wales, 2023). */
const TYPE_MIX: readonly [string, number][] = [
  ['Anti-social behaviour', 0.3], ['Violence and sexual offences', 0.28], ['Other theft', 0.07], ['Shoplifting', 0.06],
  ['Criminal damage and arson', 0.06], ['Public order', 0.06], ['Vehicle crime', 0.045], ['Burglary', 0.04],
  ['Drugs', 0.025], ['Other crime', 0.015], ['Theft from the person', 0.012], ['Bicycle theft', 0.01],
  ['Robbery', 0.008], ['Possession of weapons', 0.006],
];
const OUTCOMES = ['Investigation complete; no suspect identified', 'Unable to prosecute suspect', 'Under investigation', 'Status update unavailable', 'Offender given a caution'];
const STREETS = ['Church Road', 'Mill Lane', 'Station Road', 'Park Avenue', 'High Street', 'Supermarket', 'Parking Area', 'Shopping Area'];

export interface StreetGeography {
  /** District codes, e.g. E07999001.. */
  districts: string[];
  lsoasPerDistrict: number;
  wardsPerDistrict: number;
}

const lsoaCode = (district: number, lsoa: number): string => `E01${String(district * 1000 + lsoa).padStart(6, '0')}`;
const wardCode = (district: number, ward: number): string => `E05${String(district * 100 + ward).padStart(6, '0')}`;

/** The ONS-layout lookup for the synthetic geography. */
export function lookupCsv(geo: StreetGeography): string {
  const lines = ['LSOA21CD,LSOA21NM,WD23CD,WD23NM,LAD23CD,LAD23NM'];
  geo.districts.forEach((code, d) => {
    for (let l = 0; l < geo.lsoasPerDistrict; l++) {
      const w = l % geo.wardsPerDistrict;
      lines.push(`${lsoaCode(d, l)},District ${d} ${String(l).padStart(3, '0')}A,${wardCode(d, w)},Ward ${d}-${w},${code},District ${d}`);
    }
  });
  return lines.join('\n') + '\n';
}

function picker(rng: () => number): () => string {
  const cumulative: [string, number][] = [];
  let sum = 0;
  for (const [type, share] of TYPE_MIX) cumulative.push([type, (sum += share)]);
  return () => {
    const r = rng() * sum;
    return cumulative.find(([, upTo]) => r < upTo)![0];
  };
}

function hex(rng: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += Math.floor(rng() * 0x100000000).toString(16).padStart(8, '0');
  return text.slice(0, length);
}

/** Writes `rows` crimes spread over `months`, about 1 in 1,000 rows with a quoted field. */
export async function writeStreetFile(file: string, rows: number, geo: StreetGeography, months: string[], seed = 1): Promise<void> {
  const rng = mulberry32(seed);
  const type = picker(rng);
  const out = createWriteStream(file);
  let buffer = STREET_HEADER + '\n';
  for (let i = 0; i < rows; i++) {
    const month = months[Math.floor((i * months.length) / rows)]!;
    const crime = type();
    const asb = crime === 'Anti-social behaviour';
    const noPlace = rng() < 0.01;
    const d = Math.floor(rng() * geo.districts.length);
    const l = Math.floor(rng() * geo.lsoasPerDistrict);
    const quoted = rng() < 0.001;
    const street = STREETS[Math.floor(rng() * STREETS.length)]!;
    const location = noPlace ? 'No Location' : quoted ? `"On or near ${street}, ""Flat"" 2\nrear"` : `On or near ${street}`;
    const place = noPlace ? ',,No Location,,' : `${(-2 + rng() * 3).toFixed(6)},${(51 + rng() * 2).toFixed(6)},${location},${lsoaCode(d, l)},District ${d} ${String(l).padStart(3, '0')}A`;
    const outcome = asb ? '' : quoted ? `"${OUTCOMES[0]}, awaiting review"` : OUTCOMES[Math.floor(rng() * OUTCOMES.length)]!;
    buffer += `${asb ? '' : hex(rng, 64)},${month},Synthetic Police,Synthetic Police,${place},${crime},${outcome},\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
