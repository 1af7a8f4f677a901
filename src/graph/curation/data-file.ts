import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { inputError } from './validation';

/**
 * The parsed content of a YAML or JSON file (by its ending; anything else is read as YAML, of which
 * JSON is a subset). A file that does not parse is the user's error, named by `display` with the
 * parser's first line; an empty file is `null`. The seed loader and the importer read files this way.
 */
export async function readDataFile(file: string, display: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return file.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (err) {
    throw inputError({ file: display }, '(file)', `cannot be parsed: ${(err as Error).message.split('\n')[0]}`);
  }
}
