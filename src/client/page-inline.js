// Inlined at the end of every page (see Base.astro): the font-size control, the search opener and 打印.
// Kept tiny and dependency-free; the search code itself loads on first use. Names in __CAPS__ are
// filled in by Base.astro from their one definition (storage keys, the progress format version).
(function (d) {
  var root = d.documentElement;
  function mark() {
    var size = root.getAttribute('data-fs') || '';
    d.querySelectorAll('[data-fs-set]').forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-fs-set') === size);
    });
  }
  // Puts a <template>'s content in the page: inert until now, so its script loads only on demand.
  function use(name) {
    var t = d.querySelector('template[data-' + name + ']');
    if (t) {
      t.remove();
      d.body.append(t.content);
    }
  }
  // Intent (hover, touch, focus) fetches the search code; the dialog opens without waiting for it.
  function intent(e) {
    e.target.closest && e.target.closest('[data-search-open]') && use('search-loader');
  }
  function openSearch(e) {
    e.preventDefault();
    use('search-loader');
    var dialog = d.querySelector('dialog[data-search-dialog]');
    var input = dialog.querySelector('input');
    dialog.open || dialog.showModal();
    // focus() inside the tap itself, or iOS keeps the keyboard down.
    input.focus();
    input.select();
  }
  mark();
  // A search result's link asks for its terms to be marked (lib/search/landing.ts: ?hl=).
  if (/[?&]hl=/.test(location.search)) use('mark-loader');
  // Test results on module links and cards. Reads the store written by lib/progress;
  // text only, and silent when storage is blocked or damaged (the quiz pages explain that).
  try {
    var saved = JSON.parse(localStorage.getItem('__PROGRESS_KEY__'));
    d.querySelectorAll('[data-progress]').forEach(function (el) {
      var m = saved.version == __PROGRESS_VERSION__ && saved.modules[el.getAttribute('data-progress')];
      if (m)
        el.textContent = el.hasAttribute('data-short')
          ? m.passed
            ? '✓'
            : m.best + '分'
          : (m.passed ? '✓ 测验已通过' : '测验未通过') + '，最高 ' + m.best + ' 分';
    });
  } catch (err) {
    // Nothing saved yet, or unreadable: show no marks.
  }
  d.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target : e.target.parentElement;
    var size = t.closest('[data-fs-set]');
    if (size) {
      size = size.getAttribute('data-fs-set');
      size ? root.setAttribute('data-fs', size) : root.removeAttribute('data-fs');
      try {
        localStorage.setItem('__FONT_SIZE_KEY__', size);
      } catch (err) {
        // Storage blocked (private mode, some in-app browsers): the size still applies to this page.
      }
      mark();
    }
    if (t.closest('[data-search-open]') && !e.ctrlKey && !e.metaKey) openSearch(e);
    if (t.closest('[data-print]')) print();
  });
  d.addEventListener('pointerover', intent);
  d.addEventListener('focusin', intent);
  d.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    if (((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) && !d.querySelector('dialog[open]'))
      openSearch(e);
  });
})(document);
