/**
 * The sample's priorities: last year's priorities and the scoring matrix in assess.config.yaml,
 * and a SYNTHETIC scoring sheet (data/<year>/priority-scores.csv) for every bundled theme.
 */
import { bundledThemes } from '../../src/catalogue/themes.js';

export const PRIORITY_SCORES_FILE = 'priority-scores.csv';
const NOTE = 'synthetic sample score - not a real assessment';

/**
 * Invented scores, theme id -> [harm, likelihood, organisational, confidence, resident_concern],
 * chosen only so the matrix has a spread to rank; a partnership agrees its own at a scoring meeting.
 */
const SCORES: Record<string, [number, number, number, number, number]> = {
  overall: [3, 4, 3, 4, 3],
  asb: [2, 5, 3, 4, 5],
  acquisitive: [3, 4, 2, 4, 4],
  violence: [5, 4, 3, 4, 4],
  damage: [2, 4, 2, 4, 3],
  drugs_weapons: [4, 3, 3, 3, 3],
  domestic_abuse: [5, 4, 4, 3, 3],
  fire: [3, 2, 2, 4, 2],
  reoffending: [4, 3, 4, 3, 2],
  road_safety: [4, 3, 2, 4, 3],
  health: [4, 3, 4, 3, 2],
};

/** The scoring sheet: the same scores in every year folder, one row per bundled theme. */
export function priorityScoresCsv(): string {
  const lines = bundledThemes.map((theme) => {
    const scores = SCORES[theme.id];
    if (scores === undefined) throw new Error(`no synthetic priority scores for the theme ${theme.id}`);
    return [theme.id, ...scores, NOTE].join(',');
  });
  return ['theme,harm,likelihood,organisational,confidence,resident_concern,notes', ...lines].join('\n') + '\n';
}

/** Appended to the sample assess.config.yaml. */
export const PRIORITIES_CONFIG = `
# Section 5 of the document: last year's priorities reviewed, and the themes ranked for the year ahead.
priorities:
  # Last year's priorities, each reviewed through the movement of its measures.
  previous:
    - name: Tackle domestic abuse
      measures: [da_incidents, da_repeat_pct]
    - name: Reduce acquisitive crime
      measures: [shoplifting, burglary_residential, vehicle_crime]
  # The MoRiLE-style matrix that ranks the themes.
  scoring:
    # In data/<year>/: the partnership's scores (here SYNTHETIC, for every theme).
    file: ${PRIORITY_SCORES_FILE}
    # The range of every score.
    scale: [1, 5]
    # Weight of each factor: the judgement columns of the file first, then the factors assess
    # computes from the figures (volume, trend, county_position, significance).
    weights:
      harm: 3
      likelihood: 2
      organisational: 1
      confidence: 1
      volume: 1
      trend: 2
      county_position: 2
      significance: 1
      resident_concern: 1
    # How many of the top-ranked themes to recommend.
    recommend: 4
`;

/** Appended to each year folder's README. */
export function prioritiesReadme(): string {
  return `
## Priority scores

\`${PRIORITY_SCORES_FILE}\` is a SYNTHETIC MoRiLE-style scoring sheet, one row per theme (\`theme,harm,likelihood,organisational,confidence,resident_concern,notes\`,
scores 1 to 5, every \`notes\` cell saying "${NOTE}"). \`assess\` reads it because
\`priorities.scoring.file\` in \`assess.config.yaml\` names it, adds the factors it computes from
the figures, and ranks the themes in section 5 of the document.
`;
}
