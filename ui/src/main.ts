import './app.css';
import { mount } from 'svelte';
import App from './components/App.svelte';
import { getLocale, pickLocale, setLocale } from './i18n';
import { api } from './lib/api';
import { doc } from './lib/session';
import { MOUNTED_MARK } from './lib/perf';

async function start(): Promise<void> {
  // In `vite dev` in a plain browser there is no Tauri: answer the commands with the real
  // core compiled to WebAssembly. import.meta.env.DEV is false in `vite build`, so this
  // import is dropped there.
  if (import.meta.env.DEV && !('__TAURI_INTERNALS__' in window)) {
    const { installMockBackend } = await import('./dev/mockBackend');
    await installMockBackend();
  }
  // The map is asked for at once, beside the languages: both answers come while the
  // script sets up, and the first screen does not wait for a second round trip.
  doc.prefetch();
  setLocale(pickLocale([...(await sessionLanguages()), ...(navigator.languages ?? [navigator.language])]));
  document.documentElement.lang = getLocale();
  mount(App, { target: document.getElementById('app')! });
  performance.mark(MOUNTED_MARK);
}

/** The session's languages from the app; the web view's own list can be wrong on Linux. */
async function sessionLanguages(): Promise<string[]> {
  try {
    return await api.preferredLanguages();
  } catch {
    return [];
  }
}

void start();
