// Whether the overview is shown: the user's choice, remembered on this machine for every
// window and the next start (the web view's storage; nothing goes into the map).

const STORAGE_KEY = 'journey-mapper.overview';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export class OverviewChoice {
  shown = $state(storage()?.getItem(STORAGE_KEY) !== 'hidden');

  show(): void {
    this.#set(true);
  }

  hide(): void {
    this.#set(false);
  }

  toggle(): void {
    this.#set(!this.shown);
  }

  #set(shown: boolean): void {
    this.shown = shown;
    storage()?.setItem(STORAGE_KEY, shown ? 'shown' : 'hidden');
  }
}
