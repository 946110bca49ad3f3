import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noPreactSignals } from '../../src/vite-plugins/no-preact-signals.mjs';

// The installed renderer, resolved the way the build resolves it.
const rendererFile = fileURLToPath(import.meta.resolve('@astrojs/preact/client.js'));
const renderer = readFileSync(rendererFile, 'utf8');

type Transform = (code: string, id: string) => string | null;
const transform = (noPreactSignals().transform as { handler: Transform }).handler;

describe('the no-preact-signals patch on the installed @astrojs/preact', () => {
  it('replaces the dynamic import of @preact/signals in the client renderer', () => {
    const patched = transform(renderer, rendererFile);
    expect(patched, `${rendererFile} no longer has the line the patch replaces: update the patch`).not.toBeNull();
    expect(patched).not.toContain('@preact/signals');
    expect(patched).toContain('Preact signals are not supported as island props on this site.');
  });

  it('leaves every other module alone', () => {
    expect(transform(renderer, '/project/src/components/islands/client.js')).toBeNull();
    expect(transform('export const x = 1;', rendererFile)).toBeNull();
  });
});
