// Inlined, minified, at the end of every page (see Base.astro): the font-size control, the search
// opener, 打印, test marks and the loader of the offline worker's registration. Kept tiny and
// dependency-free; the search code itself loads on first use. Names in __CAPS__ are filled in by
// Base.astro from their one definition (storage keys, the progress format version).
(function (d) {
  var root = d.documentElement;
  function mark() {
    var size = root.dataset.fs || '';
    d.querySelectorAll('[data-fs-set]').forEach(function (b) {
      b.setAttribute('aria-pressed', b.dataset.fsSet === size);
    });
  }
  // Code a page needs only on demand waits in an inert <template data-NAME-loader>: cloned into
  // the page, its script loads; once only, as the template leaves the page.
  function load(name) {
    var t = d.querySelector('template[data-' + name + '-loader]');
    if (t) {
      t.remove();
      d.body.append(t.content);
    }
  }
  // Intent (hover, touch, focus) fetches the search code; the dialog opens without waiting for it.
  function intent(e) {
    e.target.closest('[data-search-open]') && load('search');
  }
  function openSearch(e) {
    e.preventDefault();
    load('search');
    var dialog = d.querySelector('dialog[data-search-dialog]');
    var input = dialog.querySelector('input');
    dialog.open || dialog.showModal();
    // focus() inside the tap itself, or iOS keeps the keyboard down.
    input.focus();
    input.select();
  }
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
      d.querySelectorAll('[data-progress]').forEach(function (el) {
        var m = saved.modules[el.dataset.progress];
        // The words are the element's own, or its list's (components/ProgressMark.astro).
        if (m)
          el.textContent = el.closest('[data-passed]').dataset[m.passed ? 'passed' : 'failed'].replace('#', m.best);
      });
      d.querySelectorAll('[data-read]').forEach(function (el) {
        if (saved.lessons[el.dataset.read]) el.hidden = false;
      });
    }
  } catch (err) {
    // Nothing saved yet, or unreadable: show no marks.
  }
  // A lesson counts as read when its end comes into view or the reader marks it; the code that
  // records it (through lib/progress) is loaded then.
  var end = d.querySelector('[data-mark-read]');
  if (end && window.IntersectionObserver)
    new IntersectionObserver(function (e, o) {
      if (e[0].isIntersecting) {
        o.disconnect();
        load('read');
      }
    }).observe(end);
  // On the window, where every event reaches after the document: the same, in fewer bytes.
  addEventListener('click', function (e) {
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
    if (t.closest('[data-print]')) print();
  });
  addEventListener('pointerover', intent);
  addEventListener('focusin', intent);
  addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    if (((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) && !d.querySelector('dialog[open]'))
      openSearch(e);
  });
  // After the page has loaded, as they are not needed to read it and the reading page's script
  // budget is tight: the offline worker's registration and update prompt (sw-register.js), and
  // the 今日一练 link's words from the record (components/PracticeLink.astro; "progress", a
  // word this script already has, costs every page fewer bytes than a new one).
  addEventListener('load', function () {
    navigator.serviceWorker && load('sw');
    load('progress');
  });
})(document);
