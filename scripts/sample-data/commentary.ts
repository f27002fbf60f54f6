/**
 * Sample analyst commentary (data/<year>/commentary/*.md): shows the feature in the bundled
 * build with the Markdown an analyst would use (a heading, emphasis, a list, a link). The text
 * says it is synthetic and quotes no figures, so it can never disagree with the generated data.
 */
import type { SampleFile } from './files.js';

const MARK = '*Synthetic sample commentary: written to show the feature, not an analysis of real data.*';

function summary(year: number): string {
  return `${MARK}

The partnership board asked for three points to be drawn out of the ${year} figures:

- **Trends first**: read each measure's chart before its table.
- Domestic abuse reporting is read as *confidence to report* as much as harm (see section 4).
- Small changes that are not statistically significant are not shaded, so an unshaded rise
  is "within normal variation" rather than "no change".

Questions about this assessment: [community.safety@example.org](mailto:community.safety@example.org).
`;
}

function domesticAbuse(): string {
  return `${MARK}

# Reading the domestic abuse figures

A rise in recorded incidents is not in itself a rise in abuse: specialist services expect
reporting to grow as victims gain confidence in the police and partners. The measures should be
read together with repeat victimisation and the
[Office for National Statistics' domestic abuse overview](https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice).

1. Repeat victims show whether support breaks the cycle of abuse.
2. Incidents show demand on the police and the services behind them.
`;
}

/** The commentary files of one year folder. */
export function commentaryFiles(dir: string, year: number): SampleFile[] {
  return [
    { path: `${dir}/commentary/domestic_abuse.md`, content: domesticAbuse() },
    { path: `${dir}/commentary/summary.md`, content: summary(year) },
  ];
}

/** Lines for the year folder's README, which describes every file in it. */
export function commentaryReadme(): string {
  return `
Analyst commentary (Markdown, shown after the generated text of its section; see the main
README, "Analyst commentary"): \`commentary/summary.md\` (executive summary) and
\`commentary/domestic_abuse.md\` (the domestic abuse theme). Both are synthetic sample text.
`;
}
