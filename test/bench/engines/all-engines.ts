/** Creates an engine adapter by name. */
import { createArchivoEngine } from './archivo';
import type { BenchEngine, EngineName } from './engine';
import { createFlexSearchEngine } from './flexsearch';
import { createFts5Engine } from './fts5';
import { createLunrEngine } from './lunr';
import { createMiniSearchEngine } from './minisearch';

export function createEngine(name: EngineName): BenchEngine {
  switch (name) {
    case 'archivo':
      return createArchivoEngine();
    case 'minisearch':
      return createMiniSearchEngine();
    case 'lunr':
      return createLunrEngine();
    case 'flexsearch':
      return createFlexSearchEngine();
    case 'fts5':
      return createFts5Engine();
  }
}
