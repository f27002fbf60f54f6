import type { MeasureDefinition, Polarity } from '../model.js';

type Entry = [id: string, label: string, agency: string, theme: string, denominator: string, polarity: Polarity, extra?: Partial<MeasureDefinition>];

const LOW: Polarity = 'lower_is_better';
const overview = { overview: true };

/**
 * The bundled catalogue of standard measures. Police groups follow seed 002 section 3 and the
 * Home Office offence groups; burglary is rated per 1,000 dwellings and youth measures per
 * 1,000 residents aged 10-17, as Kent's tables do. A configuration can add or override entries.
 */
const entries: Entry[] = [
  ['all_crime', 'All crime', 'police', 'overall', 'population', LOW, overview],
  ['asb', 'Anti-social behaviour (ASB)', 'police', 'asb', 'population', LOW, overview],
  // data.police.uk publishes one "Burglary" type; the Home Office splits it into the two below.
  ['burglary', 'Burglary (all)', 'police', 'acquisitive', 'dwellings', LOW, overview],
  ['burglary_residential', 'Burglary – residential', 'police', 'acquisitive', 'dwellings', LOW, overview],
  ['burglary_other', 'Burglary – business and community', 'police', 'acquisitive', 'dwellings', LOW, overview],
  ['robbery', 'Robbery', 'police', 'acquisitive', 'population', LOW, overview],
  ['vehicle_crime', 'Vehicle crime', 'police', 'acquisitive', 'population', LOW, overview],
  ['theft_from_vehicle', 'Theft from a motor vehicle', 'police', 'acquisitive', 'population', LOW],
  ['theft_of_vehicle', 'Theft of a motor vehicle', 'police', 'acquisitive', 'population', LOW],
  ['bicycle_theft', 'Theft of pedal cycle', 'police', 'acquisitive', 'population', LOW, overview],
  ['shoplifting', 'Shoplifting', 'police', 'acquisitive', 'population', LOW, overview],
  ['theft_from_person', 'Theft from the person', 'police', 'acquisitive', 'population', LOW, overview],
  ['other_theft', 'All other theft offences', 'police', 'acquisitive', 'population', LOW, overview],
  // data.police.uk's single violence type: violence against the person plus sexual offences.
  ['violence_and_sexual_offences', 'Violence and sexual offences', 'police', 'violence', 'population', LOW, overview],
  ['violence_against_person', 'Violence against the person', 'police', 'violence', 'population', LOW, overview],
  ['violence_with_injury', 'Violence with injury', 'police', 'violence', 'population', LOW],
  ['sexual_offences', 'Sexual offences', 'police', 'violence', 'population', LOW, overview],
  ['criminal_damage', 'Criminal damage and arson', 'police', 'damage', 'population', LOW, overview],
  ['public_order', 'Public order offences', 'police', 'damage', 'population', LOW, overview],
  ['drug_offences', 'Drug offences', 'police', 'drugs_weapons', 'population', LOW, overview],
  ['possession_of_weapons', 'Possession of weapons', 'police', 'drugs_weapons', 'population', LOW, overview],
  // data.police.uk's residual type (mostly miscellaneous crimes against society).
  ['other_crime', 'Other crime', 'police', 'overall', 'population', LOW, overview],
  ['da_incidents', 'Domestic abuse – number of incidents', 'police', 'domestic_abuse', 'population', 'neutral', {
    overview: true,
    note: 'A rise in recorded domestic abuse can mean more victims are coming forward, so no direction is marked as better.',
    riseReading: 'more victims are coming forward to report',
  }],
  ['da_repeat_victims', 'Domestic abuse – number of repeat victims', 'police', 'domestic_abuse', 'population', LOW, overview],
  ['da_repeat_pct', 'Domestic abuse – % of repeat victims', 'police', 'domestic_abuse', 'none', LOW, {
    overview: true,
    ratioOf: ['da_repeat_victims', 'da_incidents'],
  }],
  ['fires_accidental', 'Accidental fires', 'fire', 'fire', 'population', LOW],
  ['fires_deliberate', 'Deliberate fires', 'fire', 'fire', 'population', LOW],
  ['reoffending_cohort', 'Adult offenders in the re-offending cohort', 'probation', 'reoffending', 'population', 'neutral'],
  ['reoffenders', 'Adults who re-offended', 'probation', 'reoffending', 'population', LOW],
  ['reoffending_pct', 'Adult proven re-offending rate', 'probation', 'reoffending', 'none', LOW, {
    ratioOf: ['reoffenders', 'reoffending_cohort'],
  }],
  ['youth_first_time_entrants', 'Young people entering the youth justice system for the first time', 'youth offending', 'reoffending', 'population_10_17', LOW],
  ['road_casualties', 'Road traffic collisions – all casualties', 'highways', 'road_safety', 'population', LOW],
  ['road_ksi', 'Road traffic collisions – killed or seriously injured (KSI)', 'highways', 'road_safety', 'population', LOW],
  ['road_child_casualties', 'Road traffic collisions – casualties aged 16 or under', 'highways', 'road_safety', 'population', LOW],
  ['hospital_assault', 'Hospital admissions for violence (including sexual violence)', 'health', 'health', 'population', LOW],
  ['hospital_alcohol', 'Hospital admissions for alcohol-related conditions', 'health', 'health', 'population', LOW],
  // Published health, probation and fire measures
  ['ft_violence_admissions', 'Hospital admissions for violence (including sexual violence) – rate per 100,000', 'health', 'health', 'none', LOW, {
    valueKind: 'rate',
    note: 'OHID Fingertips indicator 11201: directly age-standardised rate per 100,000 residents, shown as published.',
  }],
  ['ft_self_harm_admissions', 'Emergency hospital admissions for intentional self-harm – rate per 100,000', 'health', 'health', 'none', LOW, {
    valueKind: 'rate',
    note: 'OHID Fingertips indicator 21001: directly age-standardised rate per 100,000 residents, shown as published.',
  }],
  ['ft_alcohol_admissions_narrow', 'Admissions for alcohol-related conditions (narrow) – rate per 100,000', 'health', 'health', 'none', LOW, {
    valueKind: 'rate',
    note: 'OHID Fingertips indicator 91414: directly age-standardised rate per 100,000 residents, shown as published.',
  }],
  ['ft_alcohol_mortality', 'Alcohol-related mortality – rate per 100,000', 'health', 'health', 'none', LOW, {
    valueKind: 'rate',
    note: 'OHID Fingertips indicator 91382: directly age-standardised rate per 100,000 residents, shown as published.',
  }],
  ['ft_suicide_rate', 'Suicide – rate per 100,000', 'health', 'health', 'none', LOW, {
    valueKind: 'rate',
    note: 'OHID Fingertips indicator 41001: age-standardised rate per 100,000 residents, pooled over three years, shown as published.',
  }],
  ['reoffending_actual_pct', 'Adult re-offending – actual rate (local measure)', 'probation', 'reoffending', 'none', LOW, {
    valueKind: 'rate',
    note: 'The probation service\'s local measure: the share of the cohort who re-offended, as published.',
  }],
  ['reoffending_predicted_pct', 'Adult re-offending – predicted rate (local measure)', 'probation', 'reoffending', 'none', 'neutral', {
    valueKind: 'rate',
    note: 'The rate expected from the cohort\'s offending history and profile, against which the actual rate is judged; it describes the cohort, not performance.',
  }],
  ['youth_reoffending_cohort', 'Young people in the re-offending cohort', 'youth offending', 'reoffending', 'population_10_17', 'neutral'],
  ['youth_reoffenders', 'Young people who re-offended', 'youth offending', 'reoffending', 'population_10_17', LOW],
  ['youth_reoffending_pct', 'Youth proven re-offending rate', 'youth offending', 'reoffending', 'none', LOW, {
    ratioOf: ['youth_reoffenders', 'youth_reoffending_cohort'],
  }],
];

export const bundledMeasures: MeasureDefinition[] = entries.map(([id, label, agency, theme, denominator, polarity, extra]) => ({
  id, label, agency, theme, denominator, polarity, ...extra,
}));
