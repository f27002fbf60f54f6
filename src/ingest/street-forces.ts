import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import type { Observation } from '../model.js';

/**
 * The force a data.police.uk street-level file is of, from the name the site gives it
 * (2024-03-btp-street.csv -> "btp"); undefined for a file named otherwise, which is then never
 * added to another, only checked as a possible copy.
 */
export function streetForce(file: string): string | undefined {
  // data.police.uk's force names are words joined by hyphens: "kent-2", a renamed copy, is none.
  return /^\d{4}-\d{2}-([a-z]+(?:-[a-z]+)*)-street\.csv$/i.exec(path.basename(file))?.[1]?.toLowerCase();
}

/**
 * A download of several forces (a county's force and British Transport Police, say) has one
 * street-level file per force and month, and each counts its own crimes in the same districts:
 * their counts for one measure, area and month are added. Two files of the same force and month
 * are the same extract twice (a zip and its unzipped copy): refused once, naming both. A file not
 * named as data.police.uk names them cannot be told from a copy, so it is left for the duplicate
 * check of annual-totals.ts.
 * `forceOf` gives the force of each street-level file read, and undefined for every other file.
 */
export function addForces(observations: readonly Observation[], forceOf: (file: string) => string | undefined, displayPath: (file: string) => string): { observations: Observation[]; problems: AssessError[] } {
  const byKey = new Map<string, { total: Observation; byForce: Map<string, Observation> }>();
  const kept: Observation[] = [];
  const twice = new Map<string, { earlier: Observation; later: Observation; count: number }>();
  for (const observation of observations) {
    const force = forceOf(observation.file);
    if (force === undefined) {
      kept.push(observation);
      continue;
    }
    const key = `${observation.measure}\u0000${observation.areaCode}\u0000${observation.period}`;
    const earlier = byKey.get(key);
    if (earlier === undefined) {
      // A copy: the sum is written into it, not into the reader's own observation.
      const total = { ...observation };
      byKey.set(key, { total, byForce: new Map([[force, observation]]) });
      kept.push(total);
      continue;
    }
    const sameForce = earlier.byForce.get(force);
    if (sameForce !== undefined) {
      const pair = `${sameForce.file}\u0000${observation.file}`;
      const seen = twice.get(pair);
      if (seen === undefined) twice.set(pair, { earlier: sameForce, later: observation, count: 1 });
      else seen.count++;
      continue;
    }
    earlier.byForce.set(force, observation);
    earlier.total.value = earlier.total.value === null || observation.value === null ? null : earlier.total.value + observation.value;
  }
  const problems = [...twice.values()].map(({ earlier, later, count }) => new AssessError(`Two street-level files of the same force hold the same month: ${displayPath(earlier.file)} and ${displayPath(later.file)}`, ExitCode.badInput, {
    location: { file: displayPath(later.file), line: later.line },
    found: `${count.toLocaleString('en-GB')} count${count === 1 ? '' : 's'} in both (${later.measure} for ${later.areaCode} in ${later.period}${count === 1 ? '' : ', first'})`,
    expected: 'one file per force and month',
    fix: 'Delete one of the two: a zip and its unzipped copy, or a month downloaded twice.',
  }));
  return { observations: kept, problems };
}
