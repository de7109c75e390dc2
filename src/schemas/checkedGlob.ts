import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}

/**
 * The glob loader plus checks that need the whole collection (file name vs code, duplicates,
 * dangling references). A failed check throws, which fails the build with the file and field named.
 */
export function checkedGlob(
  options: Parameters<typeof glob>[0],
  check: (entries: StoredEntry[]) => string[],
): Loader {
  const inner = glob(options);
  return {
    name: 'checked-glob',
    load: async (context: LoaderContext) => {
      await inner.load(context);
      const problems = check([...context.store.values()] as StoredEntry[]);
      if (problems.length > 0) {
        throw new Error(`Invalid content in ${String(options.base)}:\n  - ${problems.join('\n  - ')}`);
      }
    },
  };
}
