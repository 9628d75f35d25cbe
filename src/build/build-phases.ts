import type { AstroIntegration } from 'astro';
import { addPhase, formatPhases, mark, markOf, phases, reportPhases, type Phase } from './phases.ts';
import { START_PHASE } from './incremental-pages.ts';

/**
 * Astro integration, last in the list: prints where the build's time went and hands the phases to the
 * benchmark. Astro's own steps are timed between its hooks; ours (clustering, each route's paths and props
 * digests, pruning, the search shards) by the code that does them.
 */
export default function buildPhases(): AstroIntegration {
  return {
    name: 'build-phases',
    hooks: {
      'astro:config:setup': () => {
        mark('config');
      },
      'astro:config:done': () => {
        mark('config done');
      },
      'astro:build:start': () => {
        mark('build start');
      },
      'astro:build:generated': () => {
        mark('generated');
      },
      'astro:build:done': ({ logger }) => {
        const end = mark('done');
        const at = (name: string) => markOf(name) ?? end;
        const ours = phases();
        const own = (prefix: string) => ours.filter((p) => p.name.startsWith(prefix)).reduce((s, p) => s + p.ms, 0);
        // Rendering: from the last route's paths to the end of generation, less what ran in between on our side.
        const pathsEnd = at('paths end');
        const astro: Phase[] = [
          { name: 'Astro start-up and config', ms: at('config done') },
          // Astro syncs the content store before the build starts; the integrations' build:start hooks run before ours.
          { name: 'content store sync (Astro)', ms: at('build start') - at('config done') - own('content store sync') - own(START_PHASE) },
          { name: 'vite build', ms: at('paths start') - at('build start') },
          { name: 'rendering', ms: at('generated') - pathsEnd },
        ];
        const list = [...astro.slice(0, 1), ...ours.filter((p) => p.name.startsWith('content store')), ...astro.slice(1), ...ours.filter((p) => !p.name.startsWith('content store'))];
        addPhase('total (astro build)', end);
        const all = [...list, { name: 'total (astro build)', ms: end }];
        logger.info(formatPhases(all));
        reportPhases(all);
      },
    },
  };
}
