/**
 * A synthetic course for the benchmark (`npm run bench`): N lessons recombined from the real
 * lessons' paragraphs with a seeded RNG, in modules of 20–40 lessons, with headings, question
 * banks, checklists and the glossary as the real content has them, so a build of it runs the same
 * loaders, validation, components and islands as the real site, only more of them.
 *
 * Pure: it reads the real content as text and returns the files to write (write-corpus.ts
 * does the file system). The same source, N and seed always give the same files.
 */
import GithubSlugger from 'github-slugger';
import { parse, stringify } from 'yaml';
import { fnv1a32Utf16 } from '../../src/lib/hash.ts';
import { seededRandom } from '../../src/lib/quiz/random.ts';

export interface SourceLesson {
  /** File name without the NN- prefix and extension, e.g. "voter-registration". */
  slug: string;
  text: string;
}
export interface SourceModule {
  id: string;
  /** module.yaml */
  yaml: string;
  lessons: SourceLesson[];
  /** questions.yaml */
  questions: string;
  /** checklist.mdx, if the module has one. */
  checklist?: string;
}
export interface SourceContent {
  modules: SourceModule[];
  glossary: string;
  /** content/pages/*.mdx by file name. */
  pages: Record<string, string>;
}

export interface CorpusOptions {
  /** Number of lessons to write. */
  lessons: number;
  seed?: string | number;
  /** Lessons per module, inclusive; the last module may be smaller when lessons < min. */
  perModule?: [min: number, max: number];
  /**
   * "module/lesson" of a real lesson to copy verbatim (inline-check ids remapped) into the middle
   * of the corpus, so one lesson can be compared like for like with its real-size page.
   */
  probe?: string;
}

export interface Corpus {
  /** Relative path → file text. */
  files: Map<string, string>;
  modules: { id: string; lessons: string[]; questions: number }[];
  /** Lesson id ("module/lesson") of the copied probe lesson, if one was asked for. */
  probe?: string;
}

type Random = () => number;

/** A run of markdown that stands on its own: a paragraph, list, table or a whole component. */
export interface Block {
  text: string;
  /** Characters of text, markup excluded, for sizing sections. */
  chars: number;
  /** An inline check (<Check ids>): its ids are rewritten to the generated module's questions. */
  check?: number;
  /** A ### heading. */
  heading?: boolean;
}
export interface Section {
  /** The ## heading, or undefined for the text before the first heading. */
  heading?: string;
  blocks: Block[];
}
export interface ParsedLesson {
  frontmatter: Record<string, unknown>;
  sections: Section[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Visible characters: tags, markdown punctuation and whitespace do not count. */
export function textChars(markdown: string): number {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[\s*#>|\-[\]`]/g, '').length;
}

/**
 * Splits an MDX body into blocks at blank lines, keeping a component that spans blank lines
 * (<Steps> around a list) in one block.
 */
export function splitBlocks(body: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let open: string | undefined;
  const flush = () => {
    if (current.length > 0) blocks.push(current.join('\n').trim());
    current = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (open) {
      current.push(line);
      if (line.includes(`</${open}>`)) {
        open = undefined;
        flush();
      }
      continue;
    }
    const start = /^<([A-Z][A-Za-z]*)\b/.exec(line);
    if (start && !/\/>\s*$/.test(line) && !line.includes(`</${start[1]}>`)) {
      flush();
      open = start[1];
      current.push(line);
      continue;
    }
    if (line.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return blocks.filter((b) => b !== '');
}

/** A heading whose anchor is its plain text (no markup to render differently). */
const plainHeading = (text: string) => !/[<>*`[\]_]/.test(text);

export function parseLesson(text: string): ParsedLesson {
  const match = FRONTMATTER.exec(text);
  const frontmatter = (match ? parse(match[1]!) : {}) as Record<string, unknown>;
  const body = match ? text.slice(match[0].length) : text;
  const sections: Section[] = [{ blocks: [] }];
  for (const raw of splitBlocks(body)) {
    const h2 = /^## (.+)$/.exec(raw);
    if (h2 && !raw.includes('\n')) {
      sections.push({ heading: h2[1]!.trim(), blocks: [] });
      continue;
    }
    const check = /^<Check\s+ids="([^"]*)"[^>]*\/>$/.exec(raw);
    const block: Block = { text: raw, chars: textChars(raw) };
    if (check) block.check = check[1]!.split(/[,，\s]+/).filter(Boolean).length;
    if (/^#{3,6} /.test(raw) && !raw.includes('\n')) block.heading = true;
    sections.at(-1)!.blocks.push(block);
  }
  if (sections[0]!.blocks.length === 0) sections.shift();
  return { frontmatter, sections };
}

/**
 * Splits `total` lessons into modules of min–max lessons. Every module but a lone one has at
 * least `min` lessons.
 */
export function moduleSizes(total: number, random: Random, [min, max]: [number, number] = [20, 40]): number[] {
  if (!(min >= 1 && max >= 2 * min - 1))
    throw new Error(`perModule [${min}, ${max}]: need 1 <= min and max >= 2·min − 1`);
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    if (left <= max) {
      sizes.push(left);
      break;
    }
    let size = min + Math.floor(random() * (max - min + 1));
    if (left - size < min) size = left - min;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Frontmatter + body as an .mdx file. */
const mdx = (data: Record<string, unknown>, body: string) =>
  `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trim()}\n`;

interface RealLesson extends ParsedLesson {
  module: string;
  slug: string;
  text: string;
}

export function generateCorpus(source: SourceContent, options: CorpusOptions): Corpus {
  const random = seededRandom(fnv1a32Utf16(String(options.seed ?? 'huanjie-bench')));
  const [min, max] = options.perModule ?? [20, 40];
  if (!Number.isInteger(options.lessons) || options.lessons < 1)
    throw new Error(`lessons: expected a positive whole number, got ${options.lessons}`);

  const real: RealLesson[] = source.modules.flatMap((m) =>
    m.lessons.map((l) => ({ module: m.id, slug: l.slug, text: l.text, ...parseLesson(l.text) })),
  );
  if (real.length === 0) throw new Error('the source content has no lessons');
  const blocks = real
    .flatMap((l) => l.sections.flatMap((s) => s.blocks))
    .filter((b) => !b.heading || plainHeading(b.text.replace(/^#+ /, '')));
  const headings = [
    ...new Set(
      real.flatMap((l) => l.sections.map((s) => s.heading).filter((h): h is string => !!h && plainHeading(h))),
    ),
  ];
  const realQuestions = source.modules
    .flatMap((m) => (parse(m.questions) as { questions: Record<string, unknown>[] }).questions)
    .filter((q) => !q.retired);
  const bankSizes = source.modules.map((m) => (parse(m.questions) as { questions: unknown[] }).questions.length);
  const moduleTemplates = source.modules
    .map((m) => ({ ...m, data: parse(m.yaml) as Record<string, unknown> }))
    .sort((a, b) => Number(a.data.order) - Number(b.data.order));
  const probe = options.probe ? real.find((l) => `${l.module}/${l.slug}` === options.probe) : undefined;
  if (options.probe && !probe) throw new Error(`probe: there is no real lesson "${options.probe}"`);

  const files = new Map<string, string>();
  files.set('glossary.yaml', source.glossary);
  for (const [name, text] of Object.entries(source.pages)) files.set(`pages/${name}`, text);

  const sizes = moduleSizes(options.lessons, random, [min, max]);
  const copies = new Map<string, number>();
  const modules: Corpus['modules'] = [];
  const probeAt = probe
    ? { module: Math.floor(sizes.length / 2), order: Math.ceil(sizes[Math.floor(sizes.length / 2)]! / 2) }
    : undefined;
  let probeId: string | undefined;

  sizes.forEach((size, m) => {
    const template = moduleTemplates[m % moduleTemplates.length]!;
    const copy = (copies.get(template.id) ?? 0) + 1;
    copies.set(template.id, copy);
    const moduleId = `${template.id}-${copy}`;
    const bankSize = Math.max(1, pick(bankSizes, random));
    const questionIds = Array.from({ length: bankSize }, (_, i) => `${moduleId}-${pad(i + 1, bankSize > 99 ? 3 : 2)}`);
    const checkIds = (count: number) => {
      const start = Math.floor(random() * questionIds.length);
      return Array.from(
        { length: Math.min(count, questionIds.length) },
        (_, i) => questionIds[(start + i) % questionIds.length],
      ).join(', ');
    };
    const renderBlock = (b: Block) => (b.check ? `<Check ids="${checkIds(b.check)}" />` : b.text);

    files.set(
      `${moduleId}/module.yaml`,
      stringify(
        // Codes must be unique across the course, like orders.
        { ...template.data, title: `${String(template.data.title)}（${copy}）`, order: m + 1, code: `c${m + 1}` },
        { lineWidth: 0 },
      ),
    );
    if (template.checklist) files.set(`${moduleId}/checklist.mdx`, template.checklist);

    /** The ## anchors of each lesson, for question sources. */
    const anchors: { lesson: string; anchors: string[] }[] = [];
    const lessons: string[] = [];
    for (let order = 1; order <= size; order++) {
      const isProbe = probeAt?.module === m && probeAt.order === order;
      const base = isProbe ? probe! : pick(real, random);
      const slug = `${base.slug}-${order}`;
      const frontmatter = { ...base.frontmatter, module: moduleId, order };
      const sections: { heading?: string; text: string[] }[] = isProbe
        ? base.sections.map((s) => ({ heading: s.heading, text: s.blocks.map(renderBlock) }))
        : recombine(base, blocks, headings, random).map((s) => ({
            heading: s.heading,
            text: s.blocks.map(renderBlock),
          }));
      const body = sections
        .map((s) => [s.heading ? `## ${s.heading}` : '', ...s.text].filter(Boolean).join('\n\n'))
        .join('\n\n');
      files.set(`${moduleId}/${pad(order)}-${slug}.mdx`, mdx(frontmatter, body));
      anchors.push({ lesson: slug, anchors: h2Anchors(body) });
      lessons.push(slug);
      if (isProbe) probeId = `${moduleId}/${slug}`;
    }

    const withAnchors = anchors.filter((a) => a.anchors.length > 0);
    if (withAnchors.length === 0)
      throw new Error(`module ${moduleId}: no lesson has a ## heading for question sources`);
    const questions = questionIds.map((id) => {
      const target = pick(withAnchors, random);
      return {
        ...pick(realQuestions, random),
        id,
        source: `${moduleId}/${target.lesson}#${pick(target.anchors, random)}`,
      };
    });
    files.set(`${moduleId}/questions.yaml`, stringify({ questions }, { lineWidth: 0 }));
    modules.push({ id: moduleId, lessons, questions: questions.length });
  });

  return { files, modules, probe: probeId };
}

/**
 * A new lesson shaped like `base`: the same number of sections, each with a different real
 * heading and random real blocks until it holds about as much text as the base's section.
 */
export function recombine(
  base: ParsedLesson,
  blocks: readonly Block[],
  headings: readonly string[],
  random: Random,
): Section[] {
  const used = new Set<string>();
  let checks = 0;
  return base.sections.map((section) => {
    let heading: string | undefined;
    if (section.heading !== undefined) {
      do heading = pick(headings, random);
      while (used.has(heading) && used.size < headings.length);
      used.add(heading);
    }
    const target = section.blocks.reduce((n, b) => n + b.chars, 0);
    const out: Block[] = [];
    let chars = 0;
    for (;;) {
      const block = pick(blocks, random);
      // At most one inline check per lesson, as in the real lessons.
      if (block.check && checks++ > 0) continue;
      // Stop at the block that would overshoot by more than half of itself: sections come out
      // about as long as the base's on average, not one block longer.
      if (out.length > 0 && chars + block.chars / 2 > target) break;
      out.push(block);
      chars += block.chars;
    }
    return { heading, blocks: out };
  });
}

/** Anchors of the ## headings in a body, as the build derives them (github-slugger over every heading). */
export function h2Anchors(body: string): string[] {
  const slugger = new GithubSlugger();
  const out: string[] = [];
  for (const [, hashes, text] of body.matchAll(/^(#{1,6}) (.+)$/gm)) {
    const slug = slugger.slug(text!.trim());
    if (hashes === '##') out.push(slug);
  }
  return out;
}

/** Median of a list of numbers (the lower middle for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
