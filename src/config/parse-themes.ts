import { isSeq, type Node } from 'yaml';
import { bundledThemes } from '../catalogue/themes.js';
import type { ThemeDefinition } from '../model.js';
import { didYouMean } from './suggest.js';
import { describeNode, type YamlReader } from './yaml-reader.js';

const themeKeys = ['id', 'title', 'intro'] as const;

/**
 * The document's sections: the bundled themes in their order, each replaced field by field by a
 * configuration entry with the same id, then the configuration's new themes in its order.
 */
export function parseThemes(reader: YamlReader, node: Node | undefined): ThemeDefinition[] {
  const themes = bundledThemes.map((theme) => ({ ...theme }));
  if (node === undefined) return themes;
  if (!isSeq(node)) {
    reader.problem(node, '"themes" should be a list', {
      found: describeNode(node),
      expected: 'one "- id: ..." entry per theme, each with title and intro',
    });
    return themes;
  }
  const seen = new Set<string>();
  (node.items as Node[]).forEach((item, index) => {
    const what = `themes entry ${index + 1}`;
    const fields = reader.fields(item, what, themeKeys);
    if (fields === undefined) return;
    const idNode = reader.valueOf(fields, 'id', what, true);
    const id = idNode === undefined ? undefined : reader.code(idNode, `The id of ${what}`);
    const title = reader.string(fields, 'title', what);
    const intro = reader.string(fields, 'intro', what);
    if (id === undefined) return;
    if (seen.has(id)) {
      reader.problem(idNode, `Theme "${id}" is configured twice`, { found: id, expected: 'each theme id once', fix: 'Merge the two entries into one.' });
      return;
    }
    seen.add(id);
    const existing = themes.find((theme) => theme.id === id);
    if (existing !== undefined) {
      if (title !== undefined) existing.title = title;
      if (intro !== undefined) existing.intro = intro;
      return;
    }
    if (title === undefined || intro === undefined) {
      const missing = [title === undefined ? 'title' : '', intro === undefined ? 'intro' : ''].filter(Boolean);
      reader.problem(item, `New theme "${id}" needs a title and an intro.${didYouMean(id, bundledThemes.map((theme) => theme.id))}`, {
        found: `no ${missing.join(' or ')}`,
        expected: 'id, title and intro',
        fix: `Add ${missing.map((key) => `"${key}: ..."`).join(' and ')} to the theme, or correct the id if you meant a bundled theme.`,
      });
      return;
    }
    themes.push({ id, title, intro });
  });
  return themes;
}
