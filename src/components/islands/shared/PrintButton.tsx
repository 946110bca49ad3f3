/**
 * 打印 inside an island, as PrintTools.astro gives it to pages: the page's inline script prints,
 * or on a phone in WeChat (no print menu) loads the hint to open the page in the browser
 * (PrintHint.astro), so the hint's words reach a page only when someone asks to print.
 */
export default function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" data-print>
      {label}
    </button>
  );
}
