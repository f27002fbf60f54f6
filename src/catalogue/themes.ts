import type { ThemeDefinition } from '../model.js';

/** Sections of the document, in order. Wording follows the seeds' section openings. */
export const bundledThemes: ThemeDefinition[] = [
  { id: 'overall', title: 'Overall crime', intro: 'All police recorded crime in the district, the measure against which every other category is read.' },
  { id: 'asb', title: 'Anti-social behaviour', intro: 'Incidents of anti-social behaviour (ASB) reported to the police.' },
  { id: 'acquisitive', title: 'Acquisitive crime', intro: 'Burglary, robbery, vehicle crime, shoplifting and other theft: crimes committed for gain.' },
  { id: 'violence', title: 'Violence and sexual offences', intro: 'Violence against the person and sexual offences recorded by the police.' },
  { id: 'damage', title: 'Criminal damage and public order', intro: 'Criminal damage including arson, and public order offences.' },
  { id: 'drugs_weapons', title: 'Drugs and weapons', intro: 'Drug offences and possession of weapons, which rise with proactive policing as well as with offending.' },
  { id: 'domestic_abuse', title: 'Domestic abuse', intro: 'Domestic abuse incidents and repeat victims recorded by the police.' },
  { id: 'fire', title: 'Fire', intro: 'Accidental and deliberate fires attended by the fire and rescue service.' },
  { id: 'reoffending', title: 'Re-offending', intro: 'Proven re-offending of adults and young people under probation and youth justice supervision.' },
  { id: 'road_safety', title: 'Road safety', intro: 'Casualties of road traffic collisions, including those killed or seriously injured (KSI).' },
  { id: 'health', title: 'Health', intro: 'Hospital admissions linked to violence and alcohol.' },
];
