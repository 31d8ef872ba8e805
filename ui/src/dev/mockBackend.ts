// Dev only: answers the Tauri commands in a plain browser (`npm run dev` without Tauri) with
// the real core, compiled to WebAssembly (wasmCore.ts). Loaded by main.ts behind
// import.meta.env.DEV, so it is not in the production build.
//
// URL switches: ?error (the error screen), ?wide (ten stages), ?lanes (a map in lanes), ?empty (a new map),
// ?fail (every edit is refused, to see the error toast; and every export fails).

import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import wasmUrl from '../../.core/journey_core.wasm?url';
import { loadCore, WasmCore } from './wasmCore';
import { lanesMap, wideMap } from './sample';
import { getLocale } from '../i18n';
import type { Edit, Take } from '../lib/types';

const KEY = 'journey-mapper-dev-document';

export async function installMockBackend(): Promise<void> {
  await loadCore(fetch(wasmUrl));
  const params = new URLSearchParams(location.search);
  const core = new WasmCore(null);
  const stored = sessionStorage.getItem(KEY);
  if (params.has('error')) {
    // A file cut short, as the core reports it.
    core.open('{\n  "format": "journey-map",\n  "version": "1.1",\n  "stages": [\n', 'q3-launch.json');
  } else if (stored && !params.has('fresh')) {
    const { map, fileName } = JSON.parse(stored);
    core.replace(map, fileName);
  } else if (params.has('lanes')) {
    core.replace(lanesMap(), 'first-purchase-lanes.json');
  } else if (params.has('wide')) {
    core.replace(wideMap(), 'enterprise-journey.json');
  } else if (params.has('empty')) {
    core.replace({ format: 'journey-map', version: '1.1', id: 'map-new', title: 'Untitled map', stages: [], touchpoints: [] }, null);
  } else {
    core.sample();
  }
  const persist = () => sessionStorage.setItem(KEY, JSON.stringify({ map: core.map, fileName: core.fileName }));
  let exportCancelled = false;
  // Compare With… compares with the map as this page first showed it (edit, then compare).
  const original = core.map ? JSON.stringify(core.map) : null;
  const originalName = core.fileName ?? 'journey-map.json';
  let comparing = false;

  /** Pretends to write an export for two seconds, with progress events and Cancel. */
  async function fakeExport(format: string): Promise<string | null> {
    exportCancelled = false;
    for (let i = 0; i <= 20; i++) {
      if (exportCancelled) return null;
      await emit('export-progress', i / 20);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (params.has('fail')) throw 'Could not save /home/me/maps/map.png: permission denied; the file or its folder is read-only. Save it somewhere else.';
    const stem = (core.map?.title || 'Journey map').replace(/[^\p{L}\p{N} _-]+/gu, ' ').trim();
    return `${stem}.${format}`;
  }

  mockIPC(async (cmd, args) => {
    await new Promise((r) => setTimeout(r, 30));
    switch (cmd) {
      case 'load_document':
        return core.document();
      case 'apply_edit': {
        if (params.has('fail')) throw 'The map could not be changed: the file is read-only.';
        const result = core.apply((args as { edit: Edit }).edit);
        persist();
        return result;
      }
      case 'undo':
      case 'redo': {
        const result = cmd === 'undo' ? core.undo() : core.redo();
        persist();
        return result;
      }
      case 'save':
        return core.markSaved(core.fileName ?? 'untitled.json');
      case 'measure_presets':
        return core.presets((args as { language?: string }).language);
      case 'touchpoint_library':
        return core.library((args as { language?: string }).language);
      case 'save_as':
        return core.markSaved('copy-of-map.json');
      case 'open': {
        // "Opens" the core's sample as if it were a file.
        core.sample();
        const view = core.replace(core.map!, 'opened-map.json');
        persist();
        return view;
      }
      case 'open_sample': {
        const view = core.sample();
        persist();
        return view;
      }
      case 'export_map':
        return fakeExport(String((args as { format: string }).format));
      case 'cancel_export':
        exportCancelled = true;
        return null;
      case 'other_maps':
        // A competitor's map, to try the comparison in the browser.
        return [{ label: 'w2', title: 'Competitor: first purchase', stages: ['A', 'B', 'C', 'D', 'E'], curve: [0.5, -0.5, 0, 1, -1] }];
      case 'merge_begin':
        return { other: 'colleague.journey.json', base: null };
      case 'merge_finish': {
        // A colleague's copy: this map with its first card retitled and re-tagged.
        const theirs = structuredClone(core.map!);
        const first = theirs.touchpoints[0];
        if (first) Object.assign(first, { title: `${first.title} (revised)`, sentiment: 'negative' });
        const done = core.merge(theirs, null);
        persist();
        return done;
      }
      case 'merge_conflicts':
        return core.conflicts((args as { language?: string }).language ?? getLocale());
      case 'resolve_conflict': {
        const { index, take } = args as { index: number; take: Take };
        const result = core.resolve(index, take);
        persist();
        return result;
      }
      case 'start_comparison':
        if (!original) throw 'No map is open in this window.';
        comparing = true;
        return core.compare(original, originalName, document.documentElement.lang || 'en');
      case 'comparison':
        return comparing && original ? core.compare(original, originalName, document.documentElement.lang || 'en') : null;
      case 'end_comparison':
        comparing = false;
        return null;
      case 'pick_import_file':
      case 'import_preview':
      case 'import_finish':
        // The WebAssembly core reads no sheets, and the browser has no files to pick.
        throw 'Import needs the desktop app: the page in a browser has no files to read.';
      default:
        throw `Unknown command ${cmd}.`;
    }
  }, { shouldMockEvents: true });
}
