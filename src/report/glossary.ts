/** Terms and acronyms used in the document (seed 002 section 9, seed 004 appendix 2). */
export const glossary: { term: string; definition: string }[] = [
  { term: 'ASB', definition: 'Anti-social behaviour: behaviour that has caused, or is likely to cause, harassment, alarm or distress.' },
  { term: 'County position', definition: 'A district\'s rank among the districts of the county, 1 being best.' },
  { term: 'CSP', definition: 'Community Safety Partnership: the council, police, fire and rescue, probation and health bodies working together under the Crime and Disorder Act 1998.' },
  { term: 'Domestic abuse repeat victim', definition: 'A victim of domestic abuse who has reported a previous incident within the preceding 12 months.' },
  { term: 'KSI', definition: 'Killed or seriously injured in a road traffic collision.' },
  { term: 'MSG', definition: 'Most similar group: a Home Office group of partnerships with similar social and demographic characteristics.' },
  { term: 'n/a', definition: 'Not available: the figure cannot be calculated, for example a % change from zero.' },
  { term: 'Per 1,000', definition: 'A rate: the count divided by the number of residents (or dwellings) and multiplied by 1,000, so areas of different sizes can be compared.' },
  { term: 'pp', definition: 'Percentage points: the difference between two percentages (23.5% to 24.3% is +0.8 pp).' },
  { term: 'Proven re-offending', definition: 'An offence committed within a year of release or of a court order, and proven by a court.' },
  { term: 'Strategic Assessment', definition: 'The annual review of crime, disorder, substance misuse and re-offending that a CSP must carry out to set its priorities.' },
];
