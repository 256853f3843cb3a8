/** The six architecture examples, loaded through the document loader. */
import { readFileSync } from 'node:fs';
import { loadDocument } from '../../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Design } from '../../../../renderer/src/model/schema';

/** File stems of the six architectures, in DESIGN.md order. */
export const ARCHITECTURE_EXAMPLES = [
  'switch-dsp-pluggable',
  'switch-lpo',
  'switch-npo',
  'switch-cpo-a',
  'switch-cpo-b',
  'switch-cpo-c',
] as const;

/** Loads assets/examples/<stem>.lightpath.json; throws when the loader refuses it. */
export function loadExample(stem: string): Design {
  const file = `assets/examples/${stem}.lightpath.json`;
  const loaded = loadDocument(file, readFileSync(file, 'utf8'), { library: defaultPartLibrary() });
  if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message}`);
  return loaded.doc;
}
