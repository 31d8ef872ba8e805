// The touchpoint library for the mock core: the core's own data (templates.json), turned
// into what its `touchpoint_library` command answers, with the same rule for the stages
// each section suits (model/templates.rs: `library` and `library_kinds_for`).

import data from '../../../src-tauri/core/src/model/templates/templates.json';
import type { Channel, LibrarySection } from '../lib/types';

type Words = { en: string; ru: string; pl: string };
type Lang = keyof Words;

const KINDS = ['awareness', 'consideration', 'decision', 'purchase', 'loyalty'] as const;

function kindsFor(stageId: string): string[] {
  if (!stageId.startsWith('stage-')) return [];
  const kind = stageId.slice('stage-'.length);
  if (kind in data.library) return [kind];
  return (data.library_aliases as Record<string, string[]>)[kind] ?? [];
}

export function mockLibrary(language = 'en'): LibrarySection[] {
  const lang: Lang = language === 'ru' || language === 'pl' ? language : 'en';
  const stages = data.stages as Record<string, Words>;
  const library = data.library as Record<string, { channel: string; title: Words }[]>;
  return KINDS.map((kind) => ({
    kind,
    name: stages[kind][lang],
    items: library[kind].map((i) => ({ title: i.title[lang], channel: i.channel as Channel })),
    stageIds: Object.keys(stages)
      .sort()
      .map((s) => `stage-${s}`)
      .filter((id) => kindsFor(id).includes(kind)),
  }));
}
