// The touchpoint library's data, asked of the core once per language: the panel shows it,
// and asks again when the UI's language changes.

import { api as realApi, type Api } from './api';
import { ByLanguage } from './byLanguage.svelte';
import type { LibrarySection } from './types';

export class LibraryController extends ByLanguage<LibrarySection[]> {
  constructor(api: Api = realApi) {
    super(async (language) => {
      const sections = await api.touchpointLibrary(language);
      return Array.isArray(sections) ? sections : [];
    }, []);
  }

  /** The sections; empty until the core has answered. */
  get sections(): LibrarySection[] {
    return this.value;
  }
}
