// What each of the user's actions on the map sends: the edit built from the map on screen,
// the question asked first (deleting what holds cards), what a screen reader hears after,
// and where the selection and the focus go. Sent through the document's queue.

import { t } from '../i18n';
import { confirmState } from './confirm.svelte';
import type { DocumentStore } from './document.svelte';
import { sameValue } from './details';
import { addItemEdit } from './library';
import { cardsOf, cardsOfCell, findStage, findTouchpoint, hasLane, laneOf, lanesOf } from './mirror';
import { cellPositionOf, heirLane, moveAcrossStages, moveLaneBy, moveStageBy, moveWithinStage, stageIndexForCell } from './moves';
import type { Criterion, Edit, LibraryItem, MapField, MapView, MoveEdit, Sentiment, TouchpointField } from './types';

type MetricInput = Extract<Edit, { type: 'SetMetric' }>['metric'];
type FeedbackInput = Extract<Edit, { type: 'AddFeedback' }>['feedback'];

export class MapEditor {
  #doc: DocumentStore;

  constructor(doc: DocumentStore) {
    this.#doc = doc;
  }

  get #map(): MapView | null {
    return this.#doc.map;
  }

  get #selection() {
    return this.#doc.selection;
  }

  setTitle(title: string) {
    if (!this.#map || title === this.#map.title) return;
    return this.#doc.edit({ type: 'SetMapTitle', title });
  }

  // ------------------------------------------------------------------ stages

  addStage() {
    if (!this.#map) return;
    return this.#doc.edit({ type: 'AddStage', index: this.#map.stages.length, name: t('stage-new-name') }, { rename: true });
  }

  renameStage(id: string, name: string) {
    const stage = this.#map && findStage(this.#map, id);
    if (!stage || stage.name === name) return;
    return this.#doc.edit({ type: 'RenameStage', id, name });
  }

  moveStage(id: string, delta: -1 | 1) {
    if (!this.#map) return;
    const edit = moveStageBy(this.#map, id, delta);
    if (!edit) return;
    return this.#doc
      .edit(edit, {
        announce: (map) => {
          const s = findStage(map, id);
          const index = map.stages.findIndex((x) => x.id === id);
          return s ? t('announce-stage-moved', { stage: s.name, position: index + 1, count: map.stages.length }) : null;
        },
      })
      .then(() => this.#selection.focus.stage(id));
  }

  async deleteStage(id: string) {
    const stage = this.#map && findStage(this.#map, id);
    if (!stage || !this.#map) return;
    const count = cardsOf(this.#map, id).length;
    if (count > 0) {
      const ok = await confirmState.ask({
        title: t('confirm-delete-stage-title', { stage: stage.name || t('stage-untitled') }),
        message: t('confirm-delete-stage-message', { count }),
        confirmLabel: t('confirm-delete-stage-confirm'),
        cancelLabel: t('common-cancel'),
        danger: true,
      });
      if (!ok) return;
    }
    return this.#doc.edit(
      { type: 'DeleteStage', id },
      { announce: () => t('announce-stage-deleted', { stage: stage.name || t('stage-untitled') }) },
    );
  }

  // ------------------------------------------------------------------ touchpoints

  /** Adds a card at the end of a stage; on a map with lanes, at the end of that lane's cell. */
  addTouchpoint(stageId: string, laneId: string | null = null) {
    const map = this.#map;
    if (!map) return;
    const lane = laneId !== null && hasLane(map, laneId) ? laneId : null;
    const edit: Edit = {
      type: 'AddTouchpoint',
      stage: stageId,
      index:
        lane === null
          ? cardsOf(map, stageId).length
          : stageIndexForCell(map, stageId, lane, cardsOfCell(map, stageId, lane).length),
      title: t('card-new-title'),
      sentiment: 'neutral',
    };
    if (lane !== null) edit.lane = lane;
    return this.#doc.edit(edit, { rename: true });
  }

  /**
   * Adds a touchpoint of the library, with its channel, as a neutral card: at position
   * `index` of a cell (its stage, and its lane on a map with lanes), or at the end of the
   * cell when `index` is null. The new card is selected; with `keepFocus` the focus stays
   * where it is (the panel), else it goes to the card.
   */
  addFromLibrary(item: LibraryItem, stageId: string, laneId: string | null, index: number | null, opts: { keepFocus?: boolean } = {}) {
    if (!this.#map || !findStage(this.#map, stageId)) return;
    return this.#doc.edit(addItemEdit(this.#map, item, stageId, laneId, index), {
      keepFocus: opts.keepFocus,
      announce: (map) => {
        const stage = findStage(map, stageId);
        return stage ? t('announce-added', { title: item.title, stage: stage.name || t('stage-untitled') }) : null;
      },
    });
  }

  renameTouchpoint(id: string, title: string) {
    const tp = this.#map && findTouchpoint(this.#map, id);
    if (!tp || tp.title === title) return;
    return this.#doc.edit({ type: 'RenameTouchpoint', id, title });
  }

  setSentiment(id: string, sentiment: Sentiment) {
    const tp = this.#map && findTouchpoint(this.#map, id);
    if (!tp || tp.sentiment === sentiment) return;
    return this.#doc.edit(
      { type: 'SetSentiment', id, sentiment },
      { announce: () => t('announce-sentiment', { title: tp.title, sentiment: t(`sentiment-${sentiment}`) }) },
    );
  }

  /**
   * Moves a card (drag and drop, or keyboard); `index` is among the target stage's other
   * cards (in every lane; see moves.moveToCell), `lane` the lane it goes to.
   */
  /** Sends a move as moves.ts built it (from a drop or a key), so it is built once. */
  moveTouchpoint(edit: MoveEdit) {
    return this.#doc.edit(edit, { announce: (map) => movedText(map, edit.id) });
  }

  /** Alt+arrows: moves the selected card, which keeps the focus. */
  moveSelected(axis: 'stage' | 'within', delta: -1 | 1) {
    const id = this.#selection.selectedId;
    if (!this.#map || !id) return;
    const edit = axis === 'stage' ? moveAcrossStages(this.#map, id, delta) : moveWithinStage(this.#map, id, delta);
    if (!edit) return;
    return this.moveTouchpoint(edit).then(() => this.#selection.focus.card(id));
  }

  deleteTouchpoint(id: string) {
    const map = this.#map;
    const tp = map && findTouchpoint(map, id);
    if (!map || !tp) return;
    // Keep the keyboard user in place: select the card that takes its place.
    const pos = cellPositionOf(map, id)!;
    const siblings = cardsOfCell(map, pos.stage, pos.lane).filter((c) => c.id !== id);
    const next = siblings[Math.min(pos.index, siblings.length - 1)]?.id ?? null;
    const wasSelected = this.#selection.selectedId === id;
    return this.#doc.edit({ type: 'DeleteTouchpoint', id }, { announce: () => t('announce-deleted', { title: tp.title }) }).then(() => {
      if (wasSelected && next && this.#map && findTouchpoint(this.#map, next)) this.#selection.select(next, true);
    });
  }

  // ------------------------------------------------------------------ details (the side panels)

  /** Sets one detail of a touchpoint: one undo step; nothing is sent when it is unchanged. */
  setTouchpointField(id: string, field: TouchpointField) {
    const tp = this.#map && findTouchpoint(this.#map, id);
    if (!tp || sameValue(tp[field.field], field.value)) return;
    return this.#doc.edit({ type: 'SetTouchpointField', id, field });
  }

  /** Sets one detail of the map: one undo step; nothing is sent when it is unchanged. */
  setMapField(field: MapField) {
    if (!this.#map || sameValue(this.#map[field.field], field.value)) return;
    return this.#doc.edit({ type: 'SetMapField', field });
  }

  // ------------------------------------------------------------------ measures (format 1.2)

  /** Sends an edit the core may refuse (a value out of scale, a bad date): resolves with its refusal, or null. */
  #tryEdit(edit: Edit): Promise<string | null> {
    let refusal: string | null = null;
    return this.#doc.edit(edit, { refused: (message) => (refusal = message) }).then(() => refusal);
  }

  /** Sets a card's metric of that name, or adds it last: one undo step. */
  setMetric(id: string, metric: MetricInput): Promise<string | null> {
    if (!this.#map || !findTouchpoint(this.#map, id)) return Promise.resolve(null);
    return this.#tryEdit({ type: 'SetMetric', id, metric });
  }

  removeMetric(id: string, name: string) {
    if (!this.#map || !findTouchpoint(this.#map, id)) return;
    return this.#doc.edit({ type: 'RemoveMetric', id, name });
  }

  /** Rates a card on one of the map's criteria; null takes the rating off. */
  setRating(id: string, criterion: string, rating: number | null) {
    const tp = this.#map && findTouchpoint(this.#map, id);
    if (!tp || (tp.ratings?.[criterion] ?? null) === rating) return;
    return this.#doc.edit({ type: 'SetRating', id, criterion, rating });
  }

  addFeedback(id: string, feedback: FeedbackInput): Promise<string | null> {
    const tp = this.#map && findTouchpoint(this.#map, id);
    if (!tp) return Promise.resolve(null);
    return this.#tryEdit({ type: 'AddFeedback', id, index: (tp.feedback ?? []).length, feedback });
  }

  editFeedback(id: string, index: number, feedback: FeedbackInput): Promise<string | null> {
    const tp = this.#map && findTouchpoint(this.#map, id);
    const old = tp?.feedback?.[index];
    if (!old || sameValue(old, feedback)) return Promise.resolve(null);
    return this.#tryEdit({ type: 'EditFeedback', id, index, feedback });
  }

  removeFeedback(id: string, index: number) {
    if (!this.#map || !findTouchpoint(this.#map, id)) return;
    return this.#doc.edit({ type: 'RemoveFeedback', id, index });
  }

  /** Adds a criterion to the map's, last. */
  addCriterion(criterion: Criterion): Promise<string | null> {
    const map = this.#map;
    if (!map || (map.criteria ?? []).some((c) => c.id === criterion.id)) return Promise.resolve(null);
    return this.#tryEdit({ type: 'SetMapField', field: { field: 'criteria', value: [...(map.criteria ?? []), criterion] } });
  }

  /** Takes a criterion off the map, and the cards' ratings on it: one undo step. */
  removeCriterion(id: string) {
    if (!this.#map || !(this.#map.criteria ?? []).some((c) => c.id === id)) return;
    return this.#doc.edit({ type: 'RemoveCriterion', id });
  }

  // ------------------------------------------------------------------ lanes

  /** Splits a map without lanes into rows: a first lane that takes in every card. */
  startLanes() {
    if (!this.#map || lanesOf(this.#map).length > 0) return;
    const name = t('lane-suggest-touchpoints');
    return this.#doc.edit({ type: 'AddLane', index: 0, name }, { announce: () => t('announce-lanes-started', { lane: name }) });
  }

  /** Adds a lane below the others: with a name (a suggestion), or a new one named at once. */
  addLane(name?: string) {
    if (!this.#map) return;
    const index = lanesOf(this.#map).length;
    return this.#doc.edit(
      { type: 'AddLane', index, name: name ?? t('lane-new-name') },
      { rename: name === undefined, announce: () => (name ? t('announce-lane-added', { lane: name }) : null) },
    );
  }

  renameLane(id: string, name: string) {
    const lane = this.#map && lanesOf(this.#map).find((l) => l.id === id);
    if (!lane || lane.name === name) return;
    return this.#doc.edit({ type: 'RenameLane', id, name });
  }

  moveLane(id: string, delta: -1 | 1) {
    if (!this.#map) return;
    const edit = moveLaneBy(this.#map, id, delta);
    if (!edit) return;
    return this.#doc
      .edit(edit, {
        announce: (map) => {
          const lanes = lanesOf(map);
          const index = lanes.findIndex((l) => l.id === id);
          if (index < 0) return null;
          const lane = lanes[index].name || t('lane-untitled');
          return t('announce-lane-moved', { lane, position: index + 1, count: lanes.length });
        },
      })
      .then(() => this.#selection.focus.lane(id));
  }

  /** Deletes a lane; its cards go to the next lane (else the previous), which a question says first. */
  async deleteLane(id: string) {
    const map = this.#map;
    const lane = map && lanesOf(map).find((l) => l.id === id);
    if (!map || !lane) return;
    const name = lane.name || t('lane-untitled');
    const count = map.touchpoints.reduce((n, tp) => (laneOf(map, tp) === id ? n + 1 : n), 0);
    if (count > 0) {
      const heir = heirLane(map, id);
      const heirName = heir && (lanesOf(map).find((l) => l.id === heir)?.name || t('lane-untitled'));
      const ok = await confirmState.ask({
        title: t('confirm-delete-lane-title', { lane: name }),
        message: heirName
          ? t('confirm-delete-lane-message', { count, lane: heirName })
          : t('confirm-delete-lane-last-message', { count }),
        confirmLabel: t('confirm-delete-lane-confirm'),
        cancelLabel: t('common-cancel'),
        danger: true,
      });
      if (!ok) return;
    }
    return this.#doc.edit({ type: 'DeleteLane', id }, { announce: () => t('announce-lane-deleted', { lane: name }) });
  }
}

/** What a screen reader hears after a card moved: where it is now. */
function movedText(map: MapView, id: string): string | null {
  const tp = findTouchpoint(map, id);
  const pos = cellPositionOf(map, id);
  const stage = pos && findStage(map, pos.stage);
  if (!tp || !pos || !stage) return null;
  const params = {
    title: tp.title,
    stage: stage.name || t('stage-untitled'),
    position: pos.index + 1,
    count: cardsOfCell(map, pos.stage, pos.lane).length,
  };
  const lane = pos.lane === null ? undefined : lanesOf(map).find((l) => l.id === pos.lane);
  if (!lane) return t('announce-moved', params);
  return t('announce-moved-lane', { ...params, lane: lane.name || t('lane-untitled') });
}
