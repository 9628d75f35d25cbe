// Preloaded by the command-line scripts (`node --import ./src/lib/compile-cache.ts ...`, see package.json):
// Node keeps the compiled (and, for TypeScript, type-stripped) modules on disk, so a script that loads
// a few hundred modules to ingest one file starts in half the time. Astro's own CLI does the same, and
// like it this stays off on CI, where a cache is written once and never used.
import module from 'node:module';

if (!process.env.CI) {
  try {
    module.enableCompileCache?.();
  } catch {
    // A cache is an optimisation: without one every module is compiled as usual.
  }
}
