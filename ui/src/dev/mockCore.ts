// A stand-in for the Rust core, in TypeScript, for `vite dev` in a plain browser and for
// tests. It follows the contract: edits in, small patches out, undo/redo history.
// It is never part of the production build (see main.ts).

import { cardsOf, findStage, findTouchpoint, positionOf, stageIndex } from '../lib/mirror';
import type {
  DocState,
  DocumentView,
  Edit,
  Lane,
  LibrarySection,
  MapDetails,
  MapView,
  PatchOp,
  Stage,
  Touchpoint,
  Update,
} from '../lib/types';
import { CHANNELS, isSentiment } from '../lib/types';
import { mockLibrary } from './library';

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Ops that turn map `a` into map `b` (used for undo and redo). */
export function diffMaps(a: MapView, b: MapView): PatchOp[] {
  const ops: PatchOp[] = [];
  if (a.title !== b.title) ops.push({ op: 'mapTitle', title: b.title });
  if (JSON.stringify(detailsOf(a)) !== JSON.stringify(detailsOf(b))) ops.push({ op: 'mapDetails', details: detailsOf(b) });

  const bLanes = b.lanes ?? [];
  const bLn = new Set(bLanes.map((x) => x.id));
  const lanes = (a.lanes ?? []).filter((x) => {
    if (bLn.has(x.id)) return true;
    ops.push({ op: 'laneRemove', id: x.id });
    return false;
  });
  bLanes.forEach((l, i) => {
    if (JSON.stringify(lanes[i]) === JSON.stringify(l)) return;
    const at = lanes.findIndex((x) => x.id === l.id);
    if (at >= 0) lanes.splice(at, 1);
    lanes.splice(i, 0, l);
    ops.push({ op: 'laneUpsert', lane: clone(l), index: i });
  });

  const bTp = new Set(b.touchpoints.map((x) => x.id));
  const bSt = new Set(b.stages.map((x) => x.id));
  let tps = a.touchpoints.filter((x) => {
    if (bTp.has(x.id)) return true;
    ops.push({ op: 'touchpointRemove', id: x.id });
    return false;
  });
  const stages = a.stages.filter((x) => {
    if (bSt.has(x.id)) return true;
    ops.push({ op: 'stageRemove', id: x.id });
    return false;
  });
  tps = tps.filter((x) => bSt.has(x.stage));

  b.stages.forEach((s, i) => {
    if (JSON.stringify(stages[i]) === JSON.stringify(s)) return;
    const at = stages.findIndex((x) => x.id === s.id);
    if (at >= 0) stages.splice(at, 1);
    stages.splice(i, 0, s);
    ops.push({ op: 'stageUpsert', stage: clone(s), index: i });
  });

  for (const s of b.stages) {
    cardsOf(b, s.id).forEach((card, j) => {
      const current = tps.filter((x) => x.stage === s.id);
      if (JSON.stringify(current[j]) === JSON.stringify(card)) return;
      tps = tps.filter((x) => x.id !== card.id);
      const positions = tps.flatMap((x, k) => (x.stage === s.id ? [k] : []));
      const at = j < positions.length ? positions[j] : positions.length ? positions[positions.length - 1] + 1 : tps.length;
      tps.splice(at, 0, card);
      ops.push({ op: 'touchpointUpsert', touchpoint: clone(card), index: j });
    });
  }
  return ops;
}

/** The map's details as the core sends them in a `mapDetails` op. */
export function detailsOf(map: MapView): MapDetails {
  return clone({
    personas: map.personas ?? [],
    customerGoals: map.customerGoals ?? [],
    businessGoals: map.businessGoals ?? [],
    notes: map.notes ?? '',
    lastReview: map.lastReview ?? null,
  });
}

/** Sets (or, given an empty value, removes) one field of an object, as the core writes it. */
function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) delete target[key];
  else target[key] = clone(value);
}

export class MockCore {
  map: MapView | null;
  fileName: string | null;
  error: string | null;
  /** Notes the core would report for the opened file (repairs, a newer format). */
  notes: string[] = [];
  #saved: string;
  #undo: MapView[] = [];
  #redo: MapView[] = [];
  #seq = 0;

  constructor(map: MapView | null, fileName: string | null = 'customer-journey.json', error: string | null = null) {
    this.map = map ? clone(map) : null;
    this.fileName = fileName;
    this.error = error;
    this.#saved = JSON.stringify(this.map);
  }

  state(): DocState {
    return {
      fileName: this.fileName,
      dirty: JSON.stringify(this.map) !== this.#saved,
      canUndo: this.#undo.length > 0,
      canRedo: this.#redo.length > 0,
    };
  }

  /** The touchpoint library, as the `touchpoint_library` command answers. */
  library(language?: string): LibrarySection[] {
    return mockLibrary(language);
  }

  document(): DocumentView {
    return { map: this.map ? clone(this.map) : null, state: this.state(), error: this.error, notes: [...this.notes] };
  }

  #newId(prefix: string): string {
    const taken = (id: string) =>
      !!this.map &&
      (!!findStage(this.map, id) || !!findTouchpoint(this.map, id) || (this.map.lanes ?? []).some((l) => l.id === id));
    let id: string;
    do id = `${prefix}-${(++this.#seq).toString(36)}`;
    while (taken(id));
    return id;
  }

  /** Applies an edit; throws a one-sentence string on a refused edit, like the core. */
  apply(edit: Edit): Update {
    const map = this.map;
    if (!map) throw 'There is no map open.';
    const before = clone(map);
    const { patch, focus } = this.#apply(map, edit);
    this.#undo.push(before);
    this.#redo = [];
    return { patch, state: this.state(), focus };
  }

  #stage(map: MapView, id: string): Stage {
    const s = findStage(map, id);
    if (!s) throw `There is no stage with the id “${id}”.`;
    return s;
  }

  #lane(map: MapView, id: string): Lane {
    const lane = (map.lanes ?? []).find((l) => l.id === id);
    if (!lane) throw `There is no lane with the id “${id}”.`;
    return lane;
  }

  #card(map: MapView, id: string): Touchpoint {
    const tp = findTouchpoint(map, id);
    if (!tp) throw `There is no touchpoint with the id “${id}”.`;
    return tp;
  }

  #apply(map: MapView, edit: Edit): { patch: PatchOp[]; focus: string | null } {
    const nonEmpty = (text: string, what: string) => {
      if (typeof text !== 'string' || !text.trim()) throw `${what} can’t be empty.`;
      return text;
    };
    const range = (index: number, max: number) => {
      if (!Number.isInteger(index) || index < 0 || index > max) throw `The position ${index} is out of range.`;
    };
    switch (edit.type) {
      case 'SetMapTitle':
        map.title = edit.title;
        return { patch: [{ op: 'mapTitle', title: edit.title }], focus: null };
      case 'AddStage': {
        range(edit.index, map.stages.length);
        const stage: Stage = { id: this.#newId('stage'), name: nonEmpty(edit.name, 'A stage name') };
        map.stages.splice(edit.index, 0, stage);
        return { patch: [{ op: 'stageUpsert', stage: clone(stage), index: edit.index }], focus: stage.id };
      }
      case 'RenameStage': {
        const stage = this.#stage(map, edit.id);
        stage.name = nonEmpty(edit.name, 'A stage name');
        return { patch: [{ op: 'stageUpsert', stage: clone(stage), index: stageIndex(map, stage.id) }], focus: null };
      }
      case 'MoveStage': {
        const stage = this.#stage(map, edit.id);
        range(edit.index, map.stages.length - 1);
        map.stages.splice(stageIndex(map, stage.id), 1);
        map.stages.splice(edit.index, 0, stage);
        return { patch: [{ op: 'stageUpsert', stage: clone(stage), index: edit.index }], focus: null };
      }
      case 'DeleteStage': {
        this.#stage(map, edit.id);
        const patch: PatchOp[] = cardsOf(map, edit.id).map((c) => ({ op: 'touchpointRemove', id: c.id }));
        patch.push({ op: 'stageRemove', id: edit.id });
        map.touchpoints = map.touchpoints.filter((c) => c.stage !== edit.id);
        map.stages = map.stages.filter((s) => s.id !== edit.id);
        return { patch, focus: null };
      }
      case 'AddTouchpoint': {
        this.#stage(map, edit.stage);
        range(edit.index, cardsOf(map, edit.stage).length);
        if (!isSentiment(edit.sentiment)) throw 'Unknown sentiment.';
        const tp: Touchpoint = {
          id: this.#newId('tp'),
          stage: edit.stage,
          title: nonEmpty(edit.title, 'A touchpoint title'),
          sentiment: edit.sentiment,
        };
        if (edit.channel != null) {
          if (!CHANNELS.includes(edit.channel)) throw 'Unknown channel.';
          tp.channel = edit.channel;
        }
        const lanes = map.lanes ?? [];
        if (lanes.length) tp.lane = edit.lane ? this.#lane(map, edit.lane).id : lanes[0].id;
        this.#insert(map, tp, edit.index);
        return { patch: [{ op: 'touchpointUpsert', touchpoint: clone(tp), index: edit.index }], focus: tp.id };
      }
      case 'RenameTouchpoint':
      case 'SetSentiment': {
        const tp = this.#card(map, edit.id);
        if (edit.type === 'RenameTouchpoint') tp.title = nonEmpty(edit.title, 'A touchpoint title');
        else {
          if (!isSentiment(edit.sentiment)) throw 'Unknown sentiment.';
          tp.sentiment = edit.sentiment;
        }
        const index = positionOf(map, tp.id)!.index;
        return { patch: [{ op: 'touchpointUpsert', touchpoint: clone(tp), index }], focus: null };
      }
      case 'MoveTouchpoint': {
        const tp = this.#card(map, edit.id);
        this.#stage(map, edit.toStage);
        range(edit.index, cardsOf(map, edit.toStage).filter((c) => c.id !== tp.id).length);
        if (edit.lane) this.#lane(map, edit.lane);
        map.touchpoints = map.touchpoints.filter((c) => c.id !== tp.id);
        tp.stage = edit.toStage;
        if (edit.lane) tp.lane = edit.lane;
        this.#insert(map, tp, edit.index);
        return { patch: [{ op: 'touchpointUpsert', touchpoint: clone(tp), index: edit.index }], focus: null };
      }
      case 'SetTouchpointField': {
        const tp = this.#card(map, edit.id);
        const { field, value } = edit.field;
        if (field === 'score' && value !== null && !(Number.isInteger(value) && value >= 1 && value <= 5)) {
          throw `The score ${String(value)} is not a whole number from 1 to 5.`;
        }
        setField(tp, field, value);
        const index = positionOf(map, tp.id)!.index;
        return { patch: [{ op: 'touchpointUpsert', touchpoint: clone(tp), index }], focus: null };
      }
      case 'SetMapField': {
        const { field, value } = edit.field;
        if (field === 'lastReview' && value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          throw `“${value}” is not a date written YYYY-MM-DD.`;
        }
        (map as unknown as Record<string, unknown>)[field] = clone(value);
        return { patch: [{ op: 'mapDetails', details: detailsOf(map) }], focus: null };
      }
      case 'AddLane': {
        const lanes = (map.lanes ??= []);
        const lane: Lane = { id: this.#newId('lane'), name: nonEmpty(edit.name, 'A lane name') };
        const index = Math.min(edit.index, lanes.length);
        lanes.splice(index, 0, lane);
        const patch: PatchOp[] = [{ op: 'laneUpsert', lane: clone(lane), index }];
        // The first lane takes in every card.
        if (lanes.length === 1) {
          for (const tp of map.touchpoints) {
            tp.lane = lane.id;
            patch.push({ op: 'touchpointUpsert', touchpoint: clone(tp), index: positionOf(map, tp.id)!.index });
          }
        }
        return { patch, focus: lane.id };
      }
      case 'RenameLane': {
        const lane = this.#lane(map, edit.id);
        lane.name = nonEmpty(edit.name, 'A lane name');
        const index = map.lanes!.indexOf(lane);
        return { patch: [{ op: 'laneUpsert', lane: clone(lane), index }], focus: null };
      }
      case 'MoveLane': {
        const lane = this.#lane(map, edit.id);
        const lanes = map.lanes!;
        lanes.splice(lanes.indexOf(lane), 1);
        const index = Math.min(edit.index, lanes.length);
        lanes.splice(index, 0, lane);
        return { patch: [{ op: 'laneUpsert', lane: clone(lane), index }], focus: null };
      }
      case 'DeleteLane': {
        const lane = this.#lane(map, edit.id);
        const lanes = map.lanes!;
        const at = lanes.indexOf(lane);
        lanes.splice(at, 1);
        const heir = (lanes[at] ?? lanes[lanes.length - 1])?.id;
        const patch: PatchOp[] = [];
        for (const tp of map.touchpoints) {
          if (tp.lane !== lane.id && lanes.length > 0) continue;
          if (heir) tp.lane = heir;
          else delete tp.lane;
          patch.push({ op: 'touchpointUpsert', touchpoint: clone(tp), index: positionOf(map, tp.id)!.index });
        }
        patch.push({ op: 'laneRemove', id: lane.id });
        return { patch, focus: null };
      }
      case 'DeleteTouchpoint':
        this.#card(map, edit.id);
        map.touchpoints = map.touchpoints.filter((c) => c.id !== edit.id);
        return { patch: [{ op: 'touchpointRemove', id: edit.id }], focus: null };
      default:
        throw `Unknown edit ${JSON.stringify((edit as { type?: unknown }).type)}.`;
    }
  }

  #insert(map: MapView, tp: Touchpoint, index: number): void {
    const positions = map.touchpoints.flatMap((c, i) => (c.stage === tp.stage ? [i] : []));
    const at =
      index < positions.length ? positions[index] : positions.length ? positions[positions.length - 1] + 1 : map.touchpoints.length;
    map.touchpoints.splice(at, 0, tp);
  }

  undo(): Update {
    return this.#step(this.#undo, this.#redo);
  }

  redo(): Update {
    return this.#step(this.#redo, this.#undo);
  }

  #step(from: MapView[], to: MapView[]): Update {
    const target = from.pop();
    if (!target || !this.map) return { patch: [], state: this.state(), focus: null };
    to.push(clone(this.map));
    const patch = diffMaps(this.map, target);
    const created = target.touchpoints.find((x) => !findTouchpoint(this.map!, x.id));
    this.map = clone(target);
    return { patch, state: this.state(), focus: created?.id ?? null };
  }

  markSaved(fileName?: string): DocState {
    if (fileName) this.fileName = fileName;
    this.#saved = JSON.stringify(this.map);
    return this.state();
  }

  replace(map: MapView | null, fileName: string | null, error: string | null = null): DocumentView {
    this.map = map ? clone(map) : null;
    this.fileName = fileName;
    this.error = error;
    this.#undo = [];
    this.#redo = [];
    this.#saved = JSON.stringify(this.map);
    return this.document();
  }
}
