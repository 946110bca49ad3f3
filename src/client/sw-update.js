// Served as /sw-update.js (src/pages/sw-update.js.ts), loaded by sw-register.js on a page the
// worker controls. A new deploy waits until the reader presses the prompt; then the new worker
// takes over and the page reloads once, so nobody is left on stale pages without being told and
// no page mixes two versions.
((d, sw) => {
  var updating;
  sw.oncontrollerchange = () => {
    if (updating) location.reload();
  };
  sw.getRegistration().then((reg) => {
    if (!reg) return;
    var offer = () => {
      var box = d.querySelector('[data-update]');
      if (!reg.waiting || !sw.controller || !box || box.firstChild) return;
      var button = d.createElement('button');
      button.className = 'primary';
      button.textContent = '新版本可用，点此更新';
      button.onclick = () => {
        updating = 1;
        // Another tab may already have switched: then a reload is all that is left.
        if (reg.waiting) reg.waiting.postMessage({ type: 'SKIP_WAITING' });
        else location.reload();
      };
      // Inside the page's status region, so screen readers announce it.
      box.append(button);
    };
    var watch = (worker) => {
      if (worker) worker.onstatechange = offer;
    };
    offer();
    // The check that a page load starts may already be under way when this script runs.
    watch(reg.installing);
    reg.onupdatefound = () => watch(reg.installing);
  });
})(document, navigator.serviceWorker);
