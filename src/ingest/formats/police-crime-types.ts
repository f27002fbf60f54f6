/**
 * The 14 `Crime type` values of data.police.uk street-level files and the catalogue measure each
 * is counted in. Police.uk groups offences more coarsely than the Home Office tables, so three
 * types have measures of their own (burglary, violence_and_sexual_offences, other_crime) rather
 * than being forced onto a Home Office subgroup they only partly match.
 */
export const streetCrimeTypes: readonly (readonly [crimeType: string, measure: string])[] = [
  ['Anti-social behaviour', 'asb'],
  ['Bicycle theft', 'bicycle_theft'],
  ['Burglary', 'burglary'],
  ['Criminal damage and arson', 'criminal_damage'],
  ['Drugs', 'drug_offences'],
  ['Other crime', 'other_crime'],
  ['Other theft', 'other_theft'],
  ['Possession of weapons', 'possession_of_weapons'],
  ['Public order', 'public_order'],
  ['Robbery', 'robbery'],
  ['Shoplifting', 'shoplifting'],
  ['Theft from the person', 'theft_from_person'],
  ['Vehicle crime', 'vehicle_crime'],
  ['Violence and sexual offences', 'violence_and_sexual_offences'],
];

/** ASB incidents are not crimes: they are the one type left out of all_crime. */
export const ASB_MEASURE = 'asb';
export const ALL_CRIME_MEASURE = 'all_crime';

/** Case and spacing vary between releases ("Anti-social behaviour" / "Anti-Social Behaviour"). */
export function crimeTypeKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

const byKey = new Map(streetCrimeTypes.map(([type, measure]) => [crimeTypeKey(type), measure]));

/** The measure a crime type is counted in, or undefined for a type police.uk has not published before. */
export function measureOfCrimeType(text: string): string | undefined {
  return byKey.get(crimeTypeKey(text));
}

/** Every measure a street file produces, in the order of the table, all_crime first. */
export const streetMeasures: readonly string[] = [ALL_CRIME_MEASURE, ...streetCrimeTypes.map(([, measure]) => measure)];
