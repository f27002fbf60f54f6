/**
 * Home Office offence groups and subgroups -> catalogue measures. A row counts in every measure
 * whose group or subgroup it carries (a "Violence with injury" row counts in violence_with_injury,
 * violence_against_person and violence_and_sexual_offences). Older releases named residential
 * burglary "Domestic burglary". burglary and violence_and_sexual_offences match the coarser
 * data.police.uk types, so the two sources can be read side by side for different districts.
 */
export const homeOfficeMeasures: readonly (readonly [measure: string, level: 'group' | 'subgroup', names: readonly string[]])[] = [
  ['violence_and_sexual_offences', 'group', ['Violence against the person', 'Sexual offences']],
  ['violence_against_person', 'group', ['Violence against the person']],
  ['violence_with_injury', 'subgroup', ['Violence with injury']],
  ['sexual_offences', 'group', ['Sexual offences']],
  ['robbery', 'group', ['Robbery']],
  ['burglary', 'subgroup', ['Residential burglary', 'Domestic burglary', 'Non-residential burglary', 'Non-domestic burglary']],
  ['burglary_residential', 'subgroup', ['Residential burglary', 'Domestic burglary']],
  ['burglary_other', 'subgroup', ['Non-residential burglary', 'Non-domestic burglary']],
  ['vehicle_crime', 'subgroup', ['Vehicle offences']],
  ['theft_from_person', 'subgroup', ['Theft from the person']],
  ['bicycle_theft', 'subgroup', ['Bicycle theft']],
  ['shoplifting', 'subgroup', ['Shoplifting']],
  ['other_theft', 'subgroup', ['All other theft offences']],
  ['criminal_damage', 'group', ['Criminal damage and arson']],
  ['drug_offences', 'group', ['Drug offences']],
  ['possession_of_weapons', 'group', ['Possession of weapons offences']],
  ['public_order', 'group', ['Public order offences']],
  // data.police.uk's "Other crime" is, in the Home Office tables, this group.
  ['other_crime', 'group', ['Miscellaneous crimes against society']],
];

/** Groups counted only in all_crime (Fraud not even there: it is recorded nationally, not by CSP). */
const otherGroups = ['Theft offences', 'Miscellaneous crimes against society', 'Other crimes against society'];
export const isFraud = (group: string): boolean => group.startsWith('fraud');

/** An offence group or subgroup in the form it is matched in: trimmed, lower case, single spaces. */
export const norm = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');
const byGroup = new Map<string, string[]>();
const bySubgroup = new Map<string, string[]>();
for (const [measure, level, names] of homeOfficeMeasures) {
  const map = level === 'group' ? byGroup : bySubgroup;
  for (const name of names) map.set(norm(name), [...(map.get(norm(name)) ?? []), measure]);
}
/** Every group in normal form that the mapping places, in a measure or in all_crime only. */
export const knownGroups = new Set([...byGroup.keys(), ...otherGroups.map(norm)]);
/** Every measure this source can give, all_crime first. */
export const allMeasures = ['all_crime', ...homeOfficeMeasures.map(([measure]) => measure)];

/** The measures a row of an offence group and subgroup (in their normal forms) counts in. */
export function measuresOf(group: string, subgroup: string): string[] {
  return [...new Set([...(isFraud(group) ? [] : ['all_crime']), ...(byGroup.get(group) ?? []), ...(bySubgroup.get(subgroup) ?? [])])];
}
