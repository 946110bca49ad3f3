// Inlined, minified, at the end of every page (see Base.astro): the font-size control, the search
// opener, 打印, test marks and the loader of the offline worker's registration. Kept tiny and
// dependency-free; the search code itself loads on first use. Names in __CAPS__ are filled in by
// Base.astro from their one definition (storage keys, the progress format version, a URL).
(function (d) {
  var root = d.documentElement;
  function mark() {
    var size = root.getAttribute('data-fs') || '';
    d.querySelectorAll('[data-fs-set]').forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-fs-set') === size);
    });
  }
  function openSearch(e) {
    var loader = d.querySelector('template[data-search-loader]');
    e.preventDefault();
    if (!loader) return d.dispatchEvent(new Event('hj:open-search'));
    loader.remove();
    d.body.append(loader.content);
  }
  mark();
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
  d.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    if (((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) && !d.querySelector('dialog[open]'))
      openSearch(e);
  });
  // Offline: the worker's registration and update prompt (sw-register.js) load after the page
  // has: they are not needed to read it, and the reading page's script budget is tight.
  if (navigator.serviceWorker)
    addEventListener('load', function () {
      var s = d.createElement('script');
      s.src = '__SW_REGISTER_URL__';
      d.body.append(s);
    });
})(document);
