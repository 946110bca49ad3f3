// Served as /sw-register.js (src/pages/sw-register.js.ts), loaded by the page script after the
// page has loaded. Registers sw.js (written by the build from src/client/sw.js), which keeps the
// site for use with no network. A page the worker already controls may be out of date: only then
// is the update prompt's code (sw-update.js) fetched, so a first visit carries registration alone.
((d, sw) => {
  var register = () =>
    sw.register('__SW_URL__').then(
      (reg) => {
        // A browser that blocks workers may resolve with no registration (Playwright does).
        if (!reg) return;
        // A worker stops when idle: each page keeps its background saving going (offline-status.ts
        // also names the task's modules).
        sw.ready.then((r) => r.active.postMessage({ type: 'FILL' }));
        if (sw.controller) d.head.append(Object.assign(d.createElement('script'), { src: '__UPDATE_URL__' }));
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
})(document, navigator.serviceWorker);
