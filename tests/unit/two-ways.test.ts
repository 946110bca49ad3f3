import { describe, expect, it } from 'vitest';
import { END, ON_PAGE, ON_PAPER, splitTwoWays } from '../../src/lib/two-ways';

const both = (page: string, paper: string) => `${ON_PAGE}${page}${ON_PAPER}${paper}${END}`;

describe('a lesson rendered for its page and for the handbook at once', () => {
  it('keeps the shared parts and takes each side of a marked pair', () => {
    const html = `<p>导语</p>${both('<h2 id="a">标题</h2>', '<h4>标题</h4>')}<p>正文${both('<a href="../b/">另一课</a>', '<span class="xref">另一课</span>')}。</p>`;
    expect(splitTwoWays(html)).toEqual({
      page: '<p>导语</p><h2 id="a">标题</h2><p>正文<a href="../b/">另一课</a>。</p>',
      paper: '<p>导语</p><h4>标题</h4><p>正文<span class="xref">另一课</span>。</p>',
    });
  });

  it('resolves a pair inside a pair on the same side (a link inside a heading)', () => {
    const link = both('<a href="../b/">链接</a>', '<span class="xref">链接</span>');
    const html = both(`<h2 id="a">看${link}</h2>`, `<h4>看${link}</h4>`);
    expect(splitTwoWays(html)).toEqual({
      page: '<h2 id="a">看<a href="../b/">链接</a></h2>',
      paper: '<h4>看<span class="xref">链接</span></h4>',
    });
  });

  it('leaves HTML without markers as it is', () => {
    expect(splitTwoWays('<p>无</p>')).toEqual({ page: '<p>无</p>', paper: '<p>无</p>' });
  });

  it('refuses a pair left open or a stray marker rather than print half a lesson', () => {
    expect(() => splitTwoWays(`<p>${ON_PAGE}<h2>x</h2>${ON_PAPER}<h4>x</h4></p>`)).toThrow(/unclosed/);
    expect(() => splitTwoWays(`<p>x${END}</p>`)).toThrow(/stray/);
  });
});
