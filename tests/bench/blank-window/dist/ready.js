// The page is on screen: the same steps and signal the app gives for its map (a module
// script runs once the document is parsed, as the app's does): in the DOM, laid out, its
// frame begun, painted, and `data-ready` once painted. The marks are what the app benchmarks
// read; see ui/src/lib/perf.ts for the app's.
performance.mark('jm:rendered');
void document.documentElement.offsetHeight;
performance.mark('jm:laid-out');
requestAnimationFrame(() => {
  performance.mark('jm:frame');
  setTimeout(() => {
    performance.mark('jm:painted');
    document.body.dataset.ready = 'true';
  });
});
