/**
 * What a bench measurement is: a function of the built sites that returns its figures for the
 * JSON report, its tables for the printed one, and the targets it checks. scripts/bench.ts builds
 * the sites once and runs every measurement in its list; a new one is a module exporting a
 * `Measurement` and one more entry in that list.
 */
import type { Corpus } from './corpus.ts';
import type { BenchOptions } from './options.ts';
import type { Site } from './builds.ts';
import type { SizedPage } from '../dist-files.ts';
import type { Target } from './targets.ts';

export interface BuiltSite {
  /** The build's output folder. */
  dist: string;
  site: Site;
}

export interface BenchContext {
  options: BenchOptions;
  /** The bench's temporary folder, for anything a measurement needs to write. */
  work: string;
  real: BuiltSite;
  generated: BuiltSite;
  floor?: BuiltSite;
  /** The same lessons in Starlight, unless skipped (`--no-starlight`, or it could not be installed). */
  starlight?: BuiltSite;
  /** Why there is no Starlight build. */
  starlightSkipped?: string;
  corpus: Corpus;
  /** The real lesson with the median HTML gzip. */
  typical: SizedPage;
  /** The same lesson's text in the generated site and in Starlight (modules/<m>/<l>/index.html). */
  probePage: string;
}

export interface Section {
  /** Keys added to the JSON report. */
  report: Record<string, unknown>;
  /** Printed Markdown: headings and tables. */
  markdown: string;
  targets: Target[];
}

export interface Measurement {
  name: string;
  run(context: BenchContext): Section | Promise<Section>;
}
