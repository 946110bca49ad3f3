// Served as /sw-register.js (src/pages/sw-register.js.ts), loaded by the page script after the
// page has loaded. Registers sw.js (written by the build from src/client/sw.js), which keeps the
// site for use with no network. A new deploy waits until the reader presses the prompt;
// then the new worker takes over and the page reloads once, so nobody is left on stale pages
// without being told and no page mixes two versions.
((d, sw) => {
  var updating;
  var register = () =>
    sw.register('__SW_URL__').then(
      (reg) => {
        var offer = () => {
          var box = d.querySelector('[data-update]');
          // No controller means a first visit: nothing on screen is out of date.
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
        // A browser that blocks workers may resolve with no registration (Playwright does).
        if (!reg) return;
        // A worker stops when idle: each page keeps its background saving going (offline-status.ts
        // also names the task's modules).
        sw.ready.then((r) => r.active.postMessage({ type: 'FILL' }));
        offer();
        // The check that a page load starts may already be under way when this script runs.
        watch(reg.installing);
        reg.onupdatefound = () => watch(reg.installing);
      },
      () => {
        // No sw.js (astro dev) or service workers blocked: the site works online as before.
      },
    );
  // A first visit saves the site in the background: start once the page has settled, so that
  // download does not compete with what the reader opened (a quiz's test code, search). The task
  // page and the offline help register at once (offline-status.ts).
  // A page the worker already controls only checks for a new version: at once.
  if (sw.controller) register();
  else setTimeout(register, 5000);
  sw.oncontrollerchange = () => {
    if (updating) location.reload();
  };
})(document, navigator.serviceWorker);
