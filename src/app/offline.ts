// Registers the service worker (src/app/service-worker.js, written out by the build as sw.js) the
// first time a quiz page is shown: from then on the quiz needs no network. Never on the intro, so
// a first visit downloads the intro alone.
let registered = false;

export function keepOffline(): void {
  // In development and in unit tests there is no sw.js to register.
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker
    // updateViaCache 'none': every visit asks the host whether a new build is out.
    .register(`${base}sw.js`, { scope: base, updateViaCache: 'none' })
    .catch(() => {
      // Offline at the first quiz page, or storage refused: the next quiz page tries again.
      registered = false;
    });
}
