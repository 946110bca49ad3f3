/**
 * Answering a module test in Chromium the way a trainee would, rightly or wrongly, with the key
 * from content-source.ts `answerKey` (the source YAML, never the built site's questions.json: an
 * off-by-one in the build's conversion would otherwise pass every test that uses it).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { KeyedQuestion as Keyed } from './content-source';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The label of option `i` as shown, whatever letter the shuffle gave it. */
export const optionLabel = (field: Locator, q: Keyed, i: number) =>
  field.locator('label').filter({ hasText: new RegExp(`^[A-Z]\\. ${escape(q.options[i]!)}$`) });

export async function paperIds(page: Page): Promise<string[]> {
  const ids = await page.locator('#quiz-paper fieldset.question').evaluateAll((els) => els.map((e) => e.id));
  return ids.map((id) => id.replace(/^test-/, ''));
}

/** Answers every question on the paper with the mouse, rightly or wrongly (`bank`: content-source.ts `answerKey`). */
export async function answerPaper(page: Page, bank: Map<string, Keyed>, right: boolean) {
  for (const id of await paperIds(page)) {
    const q = bank.get(id)!;
    const field = page.locator(`fieldset[id="test-${id}"]`);
    if (q.type === 'judge') {
      await field.getByLabel(q.answer === right ? '正确' : '错误', { exact: true }).check();
    } else if (q.type === 'single') {
      const pick = right ? (q.answer as number) : ((q.answer as number) + 1) % q.options.length;
      await optionLabel(field, q, pick).click();
    } else if (q.type === 'multiple') {
      const picks = right ? (q.answer as number[]) : [(q.answer as number[])[0]!];
      for (const i of picks) await optionLabel(field, q, i).click();
    } else if (right) {
      await sortWithButtons(field, q);
    } else if ((await currentOrder(field, q)).every((v, i) => v === (q.answer as number[])[i])) {
      await field
        .getByRole('button', { name: /^下移：/ })
        .first()
        .click();
    }
  }
}

export async function currentOrder(field: Locator, q: Keyed): Promise<number[]> {
  const texts = await field.locator('.order-list li > span:first-child').allTextContents();
  return texts.map((t) => q.options.indexOf(t));
}

export async function sortWithButtons(field: Locator, q: Keyed) {
  const target = q.answer as number[];
  for (let pos = 0; pos < target.length; pos++) {
    const option = target[pos]!;
    let at = (await currentOrder(field, q)).indexOf(option);
    while (at > pos) {
      await field.getByRole('button', { name: `上移：${q.options[option]}` }).click();
      at--;
    }
  }
  expect(await currentOrder(field, q)).toEqual(target);
}
