import type { Command } from 'commander';
import { AssessError, ExitCode } from '../errors.js';

/** A value that is itself an option: `--out --draft` would build into a folder named "--draft". */
const LOOKS_LIKE_AN_OPTION = /^--?[A-Za-z]/;

/**
 * Commander gives an option that takes a value whatever word follows it, even another option,
 * so a forgotten value silently swallows the next flag (`--out --draft` builds, undrafted, into
 * ./--draft). Such a value is refused; a file really named like an option is written ./--draft.
 */
export function refuseOptionsAsValues(command: Command): void {
  for (const option of command.options) {
    if (!option.required && !option.optional) continue;
    const value: unknown = command.getOptionValue(option.attributeName());
    if (typeof value !== 'string' || !LOOKS_LIKE_AN_OPTION.test(value)) continue;
    const name = option.long ?? option.short ?? option.flags;
    throw new AssessError(`${name} needs a value, but was followed by the option ${value}`, ExitCode.badInput, {
      found: `${name} ${value}`,
      expected: `${name} ${option.flags.replace(/^.*?([<[].*)$/, '$1')}`,
      fix: `Give ${name} its value before the next option (a file or folder named like an option is written ./${value}).`,
    });
  }
}
