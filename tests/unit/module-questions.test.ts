import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fresh page: the loader keeps its requests for the page's life. */
async function loader(responses: (() => Response | Promise<Response>)[]) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return responses.shift()!();
  });
  const { moduleQuestions } = await import('../../src/components/islands/shared/module-questions');
  return { moduleQuestions, asked };
}
const json = (value: unknown) => () => new Response(JSON.stringify(value), { status: 200 });

describe('loading a module’s questions', () => {
  it('asks the module’s questions.json under the site’s base once, however many islands want it', async () => {
    const { moduleQuestions, asked } = await loader([json([{ id: 'vote-01' }]), json([{ id: 'law-01' }])]);
    const [first, again, other] = await Promise.all([
      moduleQuestions('vote'),
      moduleQuestions('vote'),
      moduleQuestions('law'),
    ]);
    expect(first).toEqual([{ id: 'vote-01' }]);
    expect(again).toBe(first);
    expect(other).toEqual([{ id: 'law-01' }]);
    expect(asked).toEqual(['/modules/vote/questions.json', '/modules/law/questions.json']);
  });

  it('fails on an error status and asks again on the next try', async () => {
    const { moduleQuestions, asked } = await loader([() => new Response('', { status: 404 }), json([])]);
    await expect(moduleQuestions('vote')).rejects.toThrow('404');
    await expect(moduleQuestions('vote')).resolves.toEqual([]);
    expect(asked).toHaveLength(2);
  });

  it('fails when the network does, and asks again on the next try', async () => {
    const { moduleQuestions, asked } = await loader([() => Promise.reject(new TypeError('offline')), json([])]);
    await expect(moduleQuestions('vote')).rejects.toThrow('offline');
    await expect(moduleQuestions('vote')).resolves.toEqual([]);
    expect(asked).toHaveLength(2);
  });
});
