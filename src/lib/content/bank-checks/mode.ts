/**
 * Whether a build grades the question banks. By default it does not: the bank targets grade a bank
 * (balance, near-duplicates, guessing strategies), they do not find broken content, which the
 * build's schema and cross-file checks reject either way; `npm test` holds the real banks to them
 * (tests/unit/curriculum-bank.test.ts). `enforce` runs them and fails the build on a miss, `report`
 * only prints the tables and counts the misses.
 */
export type BankCheckMode = 'off' | 'enforce' | 'report';

export function bankCheckMode(raw: string | undefined = process.env.BANK_CHECKS): BankCheckMode {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'off') return 'off';
  if (value === 'enforce' || value === 'report') return value;
  throw new Error(
    `BANK_CHECKS="${raw}" 无效：应为 enforce（检查题库质量，不达标则构建失败）、report（只打印，不拦构建）或不设（不检查）`,
  );
}
