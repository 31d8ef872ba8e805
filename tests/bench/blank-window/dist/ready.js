// The page is on screen: the same signal the app gives once its map is (a module script
// runs once the document is parsed, as the app's does). The marks are what the app
// benchmarks read; see ui/src/lib/perf.ts for the app's.
document.body.dataset.ready = 'true';
performance.mark('jm:ready');
requestAnimationFrame(() => setTimeout(() => performance.mark('jm:painted')));
