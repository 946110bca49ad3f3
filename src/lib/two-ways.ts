/**
 * A lesson rendered once for its page and for the handbook: the few elements that differ on paper
 * (headings, links, inline checks, task boxes; see components/print/both/) render both ways between
 * markers, and the rest of the lesson is shared. Private-use characters, which no lesson text carries.
 */
export const ON_PAGE = '\uE000';
export const ON_PAPER = '\uE001';
export const END = '\uE002';

type Side = 'page' | 'paper';

/** `html` as one side renders it: each marked pair replaced by that side's part, pairs inside it too. */
function resolve(html: string, side: Side): string {
  let out = '';
  let from = 0;
  for (let open = html.indexOf(ON_PAGE); open >= 0; open = html.indexOf(ON_PAGE, from)) {
    out += html.slice(from, open);
    let depth = 0;
    let middle = -1;
    let end = -1;
    for (let i = open + 1; i < html.length && end < 0; i++) {
      const c = html[i];
      if (c === ON_PAGE) depth++;
      else if (c === ON_PAPER && depth === 0) middle = i;
      else if (c === END) {
        if (depth === 0) end = i;
        else depth--;
      }
    }
    if (middle < 0 || end < 0) throw new Error('two-ways: a rendered lesson has an unclosed pair of markers');
    out += resolve(side === 'page' ? html.slice(open + 1, middle) : html.slice(middle + 1, end), side);
    from = end + 1;
  }
  out += html.slice(from);
  if (out.includes(ON_PAPER) || out.includes(END)) throw new Error('two-ways: a rendered lesson has a stray marker');
  return out;
}

/** The page's HTML and the handbook's, from HTML rendered both ways. */
export function splitTwoWays(html: string): { page: string; paper: string } {
  return { page: resolve(html, 'page'), paper: resolve(html, 'paper') };
}
