/** "2025-11-26" → "2025年11月26日", the way a regulation's date is written. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
