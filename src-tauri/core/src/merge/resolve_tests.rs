//! Resolving recorded conflicts, the merge without a common version, and opening a file
//! with git's conflict markers.

use proptest::prelude::*;

use super::*;
use crate::diff::same_map;
use crate::edit::tests::{arb_seed, concrete};
use crate::edit::{apply as edit, Edit};
use crate::format::{to_canonical_json, MarkerBase, Note};
use crate::language::Language;
use crate::model::{sample_map, Sentiment};

fn edited(map: &Map, edits: Vec<Edit>) -> Map {
    let mut map = map.clone();
    for e in edits {
        edit(&mut map, e).expect("the edit applies");
    }
    map
}

fn card<'a>(map: &'a Map, id: &str) -> Option<&'a Touchpoint> {
    map.touchpoints.iter().find(|t| t.id == id)
}

fn retitle(id: &str, title: &str) -> Edit {
    Edit::RenameTouchpoint { id: id.into(), title: title.into() }
}

/// Resolves every conflict, first to last, always taking `take`.
fn resolve_all(map: &Map, take: Take) -> Map {
    let mut map = map.clone();
    while !recorded_conflicts(&map).is_empty() {
        map = resolved(&map, 0, take).unwrap_or_else(|e| panic!("{e}: {:?}", recorded_conflicts(&map)[0]));
    }
    map
}

#[test]
fn a_field_conflict_takes_either_value_and_its_record_goes() {
    let base = sample_map();
    let id = base.touchpoints[0].id.clone();
    let merged = merge(&base, &edited(&base, vec![retitle(&id, "Ours")]), &edited(&base, vec![retitle(&id, "Theirs")]));
    assert_eq!(merged.conflicts.len(), 1);
    let theirs = resolved(&merged.map, 0, Take::Theirs).unwrap();
    assert_eq!(card(&theirs, &id).unwrap().title, "Theirs");
    assert!(!theirs.extra.contains_key(CONFLICTS_FIELD), "the last record takes the field with it");
    let ours = resolved(&merged.map, 0, Take::Ours).unwrap();
    assert_eq!(card(&ours, &id).unwrap().title, "Ours");
    assert!(!ours.extra.contains_key(CONFLICTS_FIELD));
    assert_eq!(
        resolved(&merged.map, 1, Take::Ours),
        Err(ResolveError::NoSuchConflict { index: 1, count: 1 })
    );
}

#[test]
fn a_card_removed_here_and_changed_there_comes_back_with_their_changes() {
    let base = sample_map();
    let id = "tp-cart";
    let ours = edited(&base, vec![Edit::DeleteTouchpoint { id: id.into() }]);
    let theirs = edited(&base, vec![Edit::SetSentiment { id: id.into(), sentiment: Sentiment::Negative }]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts[0].kind, ConflictKind::RemovedHere);
    assert!(card(&merged.map, id).is_none());
    let back = resolved(&merged.map, 0, Take::Theirs).unwrap();
    let cart = card(&back, id).expect("the card is back");
    assert_eq!((cart.sentiment, cart.stage.as_str()), (Sentiment::Negative, card(&base, id).unwrap().stage.as_str()));
}

#[test]
fn a_card_changed_here_and_removed_there_goes_when_theirs_is_taken() {
    let base = sample_map();
    let id = "tp-cart";
    let ours = edited(&base, vec![retitle(id, "Basket")]);
    let theirs = edited(&base, vec![Edit::DeleteTouchpoint { id: id.into() }]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts[0].kind, ConflictKind::RemovedThere);
    assert!(card(&resolved(&merged.map, 0, Take::Theirs).unwrap(), id).is_none());
    assert_eq!(card(&resolved(&merged.map, 0, Take::Ours).unwrap(), id).unwrap().title, "Basket");
}

#[test]
fn a_card_moved_to_two_places_goes_where_they_put_it() {
    let base = sample_map();
    let id = base.touchpoints[0].id.clone();
    let (s1, s3) = (base.stages[1].id.clone(), base.stages[3].id.clone());
    let mv = |stage: &str, index| Edit::MoveTouchpoint { id: id.clone(), to_stage: stage.into(), index, lane: None };
    let theirs = edited(&base, vec![mv(&s3, 1)]);
    let merged = merge(&base, &edited(&base, vec![mv(&s1, 0)]), &theirs);
    assert_eq!(merged.conflicts[0].kind, ConflictKind::Moved);
    let taken = resolved(&merged.map, 0, Take::Theirs).unwrap();
    assert_eq!(card(&taken, &id).unwrap().stage, s3);
    assert_eq!(taken.card_position(&id), theirs.card_position(&id));
}

#[test]
fn a_stage_field_and_a_map_field_take_their_values() {
    let base = sample_map();
    let s = base.stages[0].id.clone();
    let ours = edited(&base, vec![Edit::RenameStage { id: s.clone(), name: "Ours".into() }, Edit::SetMapTitle { title: "A".into() }]);
    let theirs = edited(&base, vec![Edit::RenameStage { id: s.clone(), name: "Theirs".into() }, Edit::SetMapTitle { title: "B".into() }]);
    let merged = merge(&base, &ours, &theirs);
    let all = resolve_all(&merged.map, Take::Theirs);
    assert_eq!((all.title.as_str(), all.stages[0].name.as_str()), ("B", "Theirs"));
    assert_eq!(all.touchpoints, merged.map.touchpoints, "the cards are untouched");
}

#[test]
fn the_app_lists_each_conflict_with_both_sides_in_words() {
    let base = edited(&sample_map(), vec![Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Neutral }]);
    let id = "tp-cart";
    let merged = merge(
        &base,
        &edited(&base, vec![Edit::SetSentiment { id: id.into(), sentiment: Sentiment::Negative }]),
        &edited(&base, vec![Edit::SetSentiment { id: id.into(), sentiment: Sentiment::Positive }]),
    );
    for lang in [Language::En, Language::Ru, Language::Pl] {
        let views = conflict_views(&merged.map, lang);
        assert_eq!(views.len(), 1);
        let v = &views[0];
        assert_eq!((v.index, v.entity, v.id.as_str(), v.can_take_theirs), (0, Entity::Touchpoint, id, true));
        assert!(!v.sentence.is_empty() && !v.ours.is_empty() && !v.theirs.is_empty() && v.ours != v.theirs, "{v:?}");
    }
    let en = &conflict_views(&merged.map, Language::En)[0];
    assert_eq!((en.ours.as_str(), en.theirs.as_str()), ("negative", "positive"));
}

#[test]
fn without_a_common_version_every_difference_is_a_choice() {
    let ours = sample_map();
    let id = "tp-cart";
    let theirs = edited(
        &ours,
        vec![
            retitle(id, "Basket"),
            Edit::AddStage { index: 9, name: "Advocacy".into() },
            Edit::DeleteTouchpoint { id: ours.touchpoints[0].id.clone() },
        ],
    );
    let merged = two_way(&ours, &theirs);
    let kinds: Vec<ConflictKind> = merged.conflicts.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, vec![ConflictKind::OnlyOurs, ConflictKind::Field, ConflictKind::OnlyTheirs], "{:?}", merged.conflicts);
    let mut kept = merged.map.clone();
    kept.extra.remove(CONFLICTS_FIELD);
    assert!(same_map(&kept, &ours), "our copy stays as it is until a choice is made");
    assert!(same_map(&resolve_all(&merged.map, Take::Theirs), &theirs));
    assert!(same_map(&resolve_all(&merged.map, Take::Ours), &ours));
    for lang in [Language::En, Language::Ru, Language::Pl] {
        assert!(conflict_views(&merged.map, lang).iter().all(|v| !v.sentence.is_empty() && v.can_take_theirs));
    }
}

/// A file as git leaves it when both branches changed one line: `ours` and `theirs` are
/// whole map files that differ in the lines of one block.
fn with_markers(ours: &str, theirs: &str) -> String {
    let (o, t): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
    let head = o.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let tail = o.iter().rev().zip(t.iter().rev()).take_while(|(a, b)| a == b).count();
    let mut out = String::new();
    for l in &o[..head] {
        out += l;
        out += "\n";
    }
    out += "<<<<<<< HEAD\n";
    for l in &o[head..o.len() - tail] {
        out += l;
        out += "\n";
    }
    out += "=======\n";
    for l in &t[head..t.len() - tail] {
        out += l;
        out += "\n";
    }
    out += ">>>>>>> theirs\n";
    for l in &o[o.len() - tail..] {
        out += l;
        out += "\n";
    }
    out
}

#[test]
fn a_file_with_conflict_markers_opens_as_the_merge_of_its_versions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.journey.json");
    let base = sample_map();
    let ours = edited(&base, vec![retitle("tp-cart", "Ours")]);
    let theirs = edited(&base, vec![retitle("tp-cart", "Theirs")]);
    std::fs::write(&path, with_markers(&to_canonical_json(&ours), &to_canonical_json(&theirs))).unwrap();
    assert!(matches!(crate::format::load_file(&path), Err(e) if matches!(e.error, crate::format::LoadError::Conflicted { .. })));

    // No common version: the title is a choice.
    let doc = open_conflicted(&path, None).unwrap();
    assert!(doc.is_dirty(), "the file still has the markers until saved");
    assert_eq!(doc.state().conflicts, 1);
    assert_eq!(card(doc.map(), "tp-cart").unwrap().title, "Ours");
    assert!(doc.notes().iter().any(|n| matches!(n, Note::FromConflictMarkers { blocks: 1, base: MarkerBase::None })));

    // With git's common version, where only their side retitled: no conflict at all.
    let doc = open_conflicted(&path, Some(to_canonical_json(&ours).as_bytes())).unwrap();
    assert_eq!(doc.state().conflicts, 0);
    assert_eq!(card(doc.map(), "tp-cart").unwrap().title, "Theirs");
    assert!(doc.notes().iter().any(|n| matches!(n, Note::FromConflictMarkers { base: MarkerBase::Git, .. })));

    // An ordinary file opens as usual; a broken one gives the loader's error.
    std::fs::write(&path, to_canonical_json(&base)).unwrap();
    assert!(!open_conflicted(&path, None).unwrap().is_dirty());
    std::fs::write(&path, "<<<<<<< HEAD\n{\n=======\n[\n>>>>>>> x\n").unwrap();
    assert!(open_conflicted(&path, None).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    /// Any edits on the other copy: the two-way merge keeps ours, taking every choice of
    /// theirs gives their copy, and keeping every one gives ours.
    #[test]
    fn two_way_choices_give_either_copy(seeds in proptest::collection::vec(arb_seed(), 0..20)) {
        let ours = sample_map();
        let mut theirs = ours.clone();
        for seed in &seeds {
            let e = concrete(&theirs, seed);
            let _ = edit(&mut theirs, e);
        }
        let merged = two_way(&ours, &theirs);
        prop_assert!(same_map(&resolve_all(&merged.map, Take::Ours), &ours));
        let taken = resolve_all(&merged.map, Take::Theirs);
        prop_assert!(same_map(&taken, &theirs), "{:?}", crate::diff::diff(&taken, &theirs));
    }

    /// Whatever a three-way merge records can be resolved either way into a valid map.
    #[test]
    fn every_recorded_conflict_resolves_either_way(
        a in proptest::collection::vec(arb_seed(), 0..12),
        b in proptest::collection::vec(arb_seed(), 0..12),
    ) {
        let base = sample_map();
        let side = |seeds: &[crate::edit::tests::EditSeed]| {
            let mut m = base.clone();
            for seed in seeds {
                let e = concrete(&m, seed);
                let _ = edit(&mut m, e);
            }
            m
        };
        let merged = merge(&base, &side(&a), &side(&b));
        for take in [Take::Ours, Take::Theirs] {
            let mut map = merged.map.clone();
            while !recorded_conflicts(&map).is_empty() {
                map = match resolved(&map, 0, take) {
                    Ok(m) => m,
                    // Some choices cannot be taken (their stage went first): keeping ours always can.
                    Err(_) => resolved(&map, 0, Take::Ours).unwrap(),
                };
            }
            let loaded = crate::format::parse(to_canonical_json(&map).as_bytes());
            prop_assert!(loaded.is_ok_and(|l| !l.was_repaired()));
        }
    }
}

#[test]
fn merging_into_a_document_is_one_undo_step() {
    let base = sample_map();
    let mut doc = crate::document::Document::untitled(edited(&base, vec![retitle("tp-cart", "Ours")]));
    let theirs = edited(&base, vec![retitle("tp-cart", "Theirs"), Edit::SetMapTitle { title: "Shared".into() }]);
    let done = merge_into(&mut doc, Some(&base), &theirs);
    assert_eq!((done.taken, done.conflicts), (1, 1), "the title taken, the card's title a conflict");
    assert!(doc.is_dirty() && doc.state().can_undo);
    assert_eq!(doc.map().title, "Shared");
    let update = resolve_in(&mut doc, 0, Take::Theirs).unwrap();
    assert_eq!(update.state.conflicts, 0);
    assert_eq!(card(doc.map(), "tp-cart").unwrap().title, "Theirs");
    doc.undo();
    assert_eq!(doc.state().conflicts, 1, "undo brings the conflict back");
    doc.undo();
    assert_eq!((doc.map().title.as_str(), doc.state().conflicts), (base.title.as_str(), 0));
    assert!(!doc.is_dirty());

    // Without a base, a difference only in what the board does not show still counts.
    let mut same = crate::document::Document::untitled(base.clone());
    let done = merge_into(&mut same, None, &theirs);
    assert_eq!((done.taken, done.conflicts), (0, 2));
    assert!(same.is_dirty() && same.state().can_undo);
}

#[test]
fn the_likely_base_is_the_version_their_copy_differs_from_least() {
    let v1 = sample_map();
    let v2 = edited(&v1, vec![retitle("tp-cart", "Basket")]);
    let v3 = edited(&v2, vec![Edit::SetMapTitle { title: "Third".into() }]);
    // They copied v2 and edited it; we are at v3 with more edits.
    let theirs = edited(&v2, vec![Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Negative }]);
    let ours = edited(&v3, vec![Edit::RenameStage { id: v3.stages[0].id.clone(), name: "Seen".into() }]);
    assert_eq!(likely_base([&v3, &v2, &v1], &ours, &theirs), Some(1));
    // Our own copy, committed, is as far from theirs as we are: on a tie the older version
    // wins, so that none of our changes is taken for theirs.
    let committed = edited(&v1, vec![Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Negative }]);
    let from_v1 = edited(&v1, vec![Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Positive }]);
    assert_eq!(likely_base([&committed, &v1], &committed, &from_v1), Some(1));
    // Another map altogether (another id) has no base among our versions.
    let mut other = theirs.clone();
    other.id = "someone-else".into();
    assert_eq!(likely_base([&v3, &v2, &v1], &ours, &other), None);
}

#[test]
fn two_maps_with_nothing_in_common_merge_two_way_into_either() {
    let ours = sample_map();
    let theirs = crate::model::generate(4, 30, 7);
    assert!(ours.touchpoints.iter().all(|t| theirs.touchpoint_index(&t.id).is_none()), "no shared ids");
    let merged = two_way(&ours, &theirs);
    assert!(!merged.conflicts.is_empty());
    // The map's own id and title are fields like any other: taken too.
    assert!(same_map(&resolve_all(&merged.map, Take::Theirs), &theirs));
    assert!(same_map(&resolve_all(&merged.map, Take::Ours), &ours));
}
