/**
 * Whether the bank checks fail the build. `enforce` (the default) for the curriculum; `report`
 * only prints the tables and counts the misses, for generated benchmark courses, whose banks are
 * real questions drawn at random and so repeat each other (see tooling/bench).
 */
export type BankCheckMode = 'enforce' | 'report';

export function bankCheckMode(raw: string | undefined = process.env.BANK_CHECKS): BankCheckMode {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'enforce') return 'enforce';
  if (value === 'report') return 'report';
  throw new Error(`BANK_CHECKS="${raw}" 无效：应为 enforce（默认，不达标则构建失败）或 report（只打印，不拦构建）`);
}
