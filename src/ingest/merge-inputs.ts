import { AssessError, ExitCode } from '../errors.js';
import type { AreaPopulation, WardInfo } from '../model.js';
import type { FormatOutput, Lookups } from './formats/format.js';

/** What every file has contributed so far, with the first file that supplied each key. */
export class MergedInputs {
  readonly wards: WardInfo[] = [];
  readonly population: AreaPopulation[] = [];
  readonly denominators = new Set<string>();
  readonly lookups: Lookups = { lsoa: new Map(), csp: new Map() };
  private readonly wardSource = new Map<string, string>();
  private readonly populationSource = new Map<string, string>();

  /** Adds one file's lookups and denominators; a code supplied twice is an error naming both files. */
  add(output: FormatOutput, name: string, shown: string, problems: AssessError[]): void {
    for (const ward of output.wards) {
      const earlier = this.wardSource.get(ward.wardCode);
      if (earlier !== undefined) {
        // An LSOA lookup and wards.csv both name the wards; wards.csv adds their populations.
        const known = this.wards.find((w) => w.wardCode === ward.wardCode)!;
        if (earlier === name) {
          problems.push(twice(`Ward ${ward.wardCode} is listed twice`, shown, `${ward.wardCode} twice in ${name}`, 'Keep one row per ward.'));
        } else if (known.areaCode !== ward.areaCode) {
          problems.push(twice(`Ward ${ward.wardCode} is given twice with different districts`, shown, `${ward.wardCode} in ${known.areaCode} (${earlier}) and ${ward.areaCode} (${name})`, 'Correct the district code of the ward in one of the files.'));
        } else if (known.population === undefined && ward.population !== undefined) {
          known.population = ward.population;
        }
        continue;
      }
      this.wardSource.set(ward.wardCode, name);
      this.wards.push(ward);
    }
    for (const area of output.population) {
      const earlier = this.populationSource.get(area.areaCode);
      if (earlier !== undefined) {
        problems.push(twice(`Area ${area.areaCode} has population rows in two files`, shown, `${area.areaCode} in ${earlier} and ${name}`, 'Keep one population row per area.'));
        continue;
      }
      this.populationSource.set(area.areaCode, name);
      this.population.push(area);
    }
    output.denominators.forEach((column) => this.denominators.add(column));
    for (const entry of output.lsoa) if (!this.lookups.lsoa.has(entry.lsoaCode)) this.lookups.lsoa.set(entry.lsoaCode, entry);
    for (const [cspName, areaCode] of output.csp) if (!this.lookups.csp.has(cspName)) this.lookups.csp.set(cspName, areaCode);
  }
}

function twice(message: string, file: string, found: string, fix: string): AssessError {
  return new AssessError(message, ExitCode.badInput, { location: { file }, found, fix });
}
