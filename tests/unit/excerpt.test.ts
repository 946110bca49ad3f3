import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments } from '../../src/lib/search/excerpt';

describe('excerptSegments', () => {
  it('splits a Pagefind excerpt into plain and marked text', () => {
    expect(excerptSegments('可以书面<mark>委托</mark>本村<mark>选民</mark>')).toEqual([
      { text: '可以书面', marked: false },
      { text: '委托', marked: true },
      { text: '本村', marked: false },
      { text: '选民', marked: true },
    ]);
  });

  it('joins adjacent marks into one highlighted word', () => {
    expect(excerptSegments('<mark>委</mark><mark>托</mark>投票')).toEqual([
      { text: '委托', marked: true },
      { text: '投票', marked: false },
    ]);
  });

  it('never passes markup through: other tags are dropped, entities decoded to text', () => {
    const segments = excerptSegments('&lt;img src=x onerror=alert(1)&gt;<b>粗</b><script>x</script>');
    expect(segments).toEqual([{ text: '<img src=x onerror=alert(1)>粗x', marked: false }]);
  });

  it('decodes numeric and named entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&#20013;&#x6587;&amp;&quot;&bogus;')).toBe('中文&"&bogus;');
  });
});
