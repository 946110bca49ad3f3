// Inlined, minified, in every page (see Base.astro): right after the course sidebar where a page
// has one, else at the end. It folds the sidebar on a phone before it is painted; then, once the
// page is parsed: the font-size control, the search opener, 打印, test marks and lessons read, and
// the loaders of code a page needs only on demand. Kept tiny and dependency-free; the search code
// itself loads on first use. Names in __CAPS__ are filled in by Base.astro from their one
// definition (storage keys, the progress format version).
((d) => {
  var root = d.documentElement;
  var q = (selector) => d.querySelector(selector);
  var $ = (selector, each) => d.querySelectorAll(selector).forEach(each);
  var on = (type, listener) => d.addEventListener(type, listener);
  // Phones start with the menu folded so the lesson comes first; without script it stays open and
  // every page stays reachable. The range syntax is the built CSS's for the same breakpoint.
  var sidebar = q('[data-sidebar]');
  if (sidebar && matchMedia('(width<60rem)').matches) sidebar.open = false;
  var mark = () =>
    $('[data-fs-set]', (b) => b.setAttribute('aria-pressed', b.dataset.fsSet == (root.dataset.fs || '')));
  // Code a page needs only on demand waits in an inert <template data-NAME-loader>: moved into
  // the page, its script loads; once.
  var load = (name) => {
    var t = q('template[data-' + name + '-loader]');
    if (t) {
      t.remove();
      d.body.append(t.content);
    }
  };
  // The dialog opens without waiting for the search code, which intent (hover, touch, focus) fetches.
  var openSearch = (e) => {
    e.preventDefault();
    load('search');
    var dialog = q('dialog[data-search-dialog]');
    var input = dialog.querySelector('input');
    dialog.open || dialog.showModal();
    // focus() inside the tap itself, or iOS keeps the keyboard down.
    input.focus();
    input.select();
  };
  var intent = (e) => e.target.closest('[data-search-open]') && load('search');
  on('DOMContentLoaded', () => {
    mark();
    // A search result's link asks for its terms to be marked (lib/search/landing.ts: ?hl=).
    if (/[?&]hl=/.test(location.search)) load('mark');
    // Test results and lessons read, on module links, cards and lesson lists. Reads the store
    // written by lib/progress (lib/progress/record.ts names what it may rely on; a unit test holds
    // it to the decoder's reading): none from a newer site's record, which the store does not read
    // either; text and the `hidden` flag only, and silent when storage is blocked or damaged (the
    // quiz pages explain).
    try {
      var saved = JSON.parse(localStorage.getItem('__PROGRESS_KEY__'));
      if (saved.version <= __PROGRESS_VERSION__) {
        $('[data-progress]', (el) => {
          var m = saved.modules[el.dataset.progress];
          // The words are the element's own, or its list's (components/ProgressMark.astro).
          if (m)
            el.textContent = el.closest('[data-passed]').dataset[m.passed ? 'passed' : 'failed'].replace('#', m.best);
        });
        $('[data-read]', (el) => saved.lessons[el.dataset.read] && (el.hidden = false));
      }
    } catch (err) {
      // Nothing saved yet, or unreadable: show no marks.
    }
    // A lesson counts as read when its end comes into view or the reader marks it; the code that
    // records it (through lib/progress) is loaded then.
    var end = q('[data-mark-read]');
    if (end) new IntersectionObserver((e, o) => e[0].isIntersecting && (o.disconnect(), load('read'))).observe(end);
  });
  on('click', (e) => {
    var t = e.target;
    var size = t.closest('[data-fs-set]');
    if (size) {
      size = size.dataset.fsSet;
      size ? (root.dataset.fs = size) : delete root.dataset.fs;
      try {
        localStorage.setItem('__FONT_SIZE_KEY__', size);
      } catch (err) {
        // Storage blocked (private mode, some in-app browsers): the size still applies to this page.
      }
      mark();
    }
    if (t.closest('[data-search-open]') && !e.ctrlKey && !e.metaKey) openSearch(e);
    if (t.closest('[data-mark-read]')) load('read');
    // WeChat on a phone has no print menu: its 打印 shows how to open the page in the browser.
    if (t.closest('[data-print]')) /Mobi.*(MicroMessenger|wxwork)/i.test(navigator.userAgent) ? load('print') : print();
  });
  on('pointerover', intent);
  on('focusin', intent);
  on('keydown', (e) => {
    var t = e.target;
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    if (((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) && !q('dialog[open]')) openSearch(e);
  });
  // After the page has loaded, as they are not needed to read it and the reading page's script
  // budget is tight: the offline worker's registration (sw-register.js, which fetches the update
  // prompt only where the worker controls the page), and
  // the 今日一练 link's words from the record (components/PracticeLink.astro; "progress", a
  // word this script already has, costs every page fewer bytes than a new one).
  addEventListener('load', () => {
    navigator.serviceWorker && load('sw');
    load('progress');
  });
})(document);
