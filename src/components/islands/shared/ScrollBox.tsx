import type { ComponentChildren } from 'preact';

/**
 * A wide table's own scrolling box, so a phone at 200% text scrolls the table, not the page.
 * It takes focus because keyboard users must be able to scroll it (axe: scrollable-region-focusable).
 */
export default function ScrollBox({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above: a scrolling region needs focus
    <div class="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
