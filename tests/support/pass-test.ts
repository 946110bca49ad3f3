/**
 * Passes a module's test in the browser with every answer right, the answers read from the
 * source YAML (never from the page under test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { ROOT } from '../../tooling/dirs';
import { hydrated } from './browser';

interface SourceQuestion {
  id: string;
  type: 'single' | 'multiple' | 'judge' | 'order';
  options: string[];
  answer: number | boolean | number[];
}
const yaml = <T>(...parts: string[]) => parse(readFileSync(join(ROOT, 'content', ...parts), 'utf8')) as T;

/** Answers the paper on a quiz page rightly, with answers from the source YAML. */
export async function passTest(page: Page, moduleId: string) {
  const bank = new Map(
    yaml<{ questions: SourceQuestion[] }>(moduleId, 'questions.yaml').questions.map((q) => [q.id, q]),
  );
  await hydrated(page);
  await page.getByRole('button', { name: '测验', exact: true }).click();
  await page.getByRole('button', { name: '开始测验' }).click();
  const fields = page.locator('#quiz-paper fieldset.question');
  await fields.first().waitFor();
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const option = (field: Locator, q: SourceQuestion, n: number) =>
    field.locator('label').filter({ hasText: new RegExp(`^[A-Z]\\. ${escape(q.options[n - 1]!)}$`) });
  for (const id of await fields.evaluateAll((els) => els.map((e) => e.id.replace(/^test-/, '')))) {
    const q = bank.get(id)!;
    const field = page.locator(`fieldset[id="test-${id}"]`);
    if (q.type === 'judge') await field.getByLabel(q.answer ? '正确' : '错误', { exact: true }).check();
    else if (q.type === 'single') await option(field, q, q.answer as number).click();
    else if (q.type === 'multiple') for (const n of q.answer as number[]) await option(field, q, n).click();
    else {
      const target = (q.answer as number[]).map((n) => q.options[n - 1]!);
      for (let pos = 0; pos < target.length; pos++) {
        const order = () => field.locator('.order-list li > span:first-child').allTextContents();
        let at = (await order()).indexOf(target[pos]!);
        for (; at > pos; at--) await field.getByRole('button', { name: `上移：${target[pos]}` }).click();
      }
    }
  }
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('heading', { name: /测验通过：100 分/ }).waitFor();
}
