// Dev only: answers the Tauri commands in a plain browser (`npm run dev` without Tauri).
// Loaded by main.ts behind import.meta.env.DEV, so it is not in the production build.
//
// URL switches: ?error (the error screen), ?wide (ten stages), ?lanes (the sample in lanes), ?empty (a new map),
// ?fail (every edit is refused, to see the error toast; and every export fails).

import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { MockCore } from './mockCore';
import { lanesMap, sampleMap, wideMap } from './sample';
import type { Edit } from '../lib/types';

const KEY = 'journey-mapper-dev-document';

export function installMockBackend(): void {
  const params = new URLSearchParams(location.search);
  const core = new MockCore(null);
  const stored = sessionStorage.getItem(KEY);
  if (params.has('error')) {
    core.replace(
      null,
      null,
      'Can’t open “q3-launch.json”: line 14, column 9: expected a sentiment (positive, neutral or negative), found "meh".',
    );
  } else if (stored && !params.has('fresh')) {
    const { map, fileName } = JSON.parse(stored);
    core.replace(map, fileName);
  } else if (params.has('lanes')) {
    core.replace(lanesMap(), 'first-purchase-lanes.json');
  } else if (params.has('wide')) {
    core.replace(wideMap(), 'enterprise-journey.json');
  } else if (params.has('empty')) {
    core.replace({ title: 'Untitled map', stages: [], touchpoints: [] }, null);
  } else {
    core.replace(sampleMap(), 'first-purchase.json');
  }
  const persist = () => sessionStorage.setItem(KEY, JSON.stringify({ map: core.map, fileName: core.fileName }));
  let exportCancelled = false;

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
      case 'touchpoint_library':
        return core.library((args as { language?: string }).language);
      case 'save_as':
        return core.markSaved('copy-of-map.json');
      case 'open':
      case 'open_sample': {
        const view = core.replace(sampleMap(), cmd === 'open' ? 'opened-map.json' : null);
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
      default:
        throw `Unknown command ${cmd}.`;
    }
  }, { shouldMockEvents: true });
}
