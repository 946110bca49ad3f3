// Inlined at the end of every page (see Base.astro): the font-size control and the search opener.
// Kept tiny and dependency-free; the search code itself loads on first use.
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
  d.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target : e.target.parentElement;
    var size = t.closest('[data-fs-set]');
    if (size) {
      size = size.getAttribute('data-fs-set');
      size ? root.setAttribute('data-fs', size) : root.removeAttribute('data-fs');
      try {
        localStorage.setItem('hj-font-size', size);
      } catch (err) {
        // Storage blocked (private mode, some in-app browsers): the size still applies to this page.
      }
      mark();
    }
    if (t.closest('[data-search-open]') && !e.ctrlKey && !e.metaKey) openSearch(e);
  });
  d.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    if (((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) && !d.querySelector('dialog[open]')) openSearch(e);
  });
})(document);
