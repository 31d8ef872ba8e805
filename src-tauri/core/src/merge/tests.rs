use proptest::prelude::*;

use super::*;
use crate::diff::same_map;
use crate::edit::tests::{arb_seed, concrete};
use crate::edit::{apply as edit, Edit, MapField, TouchpointField};
use crate::format::{parse, to_canonical_json};
use crate::language::Language;
use crate::model::{generate, generate_with_lanes, sample_map, Sentiment};

fn edited(map: &Map, edits: Vec<Edit>) -> Map {
    let mut map = map.clone();
    for e in edits {
        edit(&mut map, e).expect("the edit applies");
    }
    map
}

fn card<'a>(map: &'a Map, id: &str) -> &'a Touchpoint {
    map.touchpoints
        .iter()
        .find(|t| t.id == id)
        .expect("the card is there")
}

fn cell_titles(map: &Map, stage: &str, lane: &str) -> Vec<String> {
    map.touchpoints
        .iter()
        .filter(|t| t.stage == stage && t.lane == lane)
        .map(|t| t.title.clone())
        .collect()
}

/// The merged map is one the loader takes as it is: nothing repaired.
fn assert_valid(map: &Map) {
    let loaded = parse(to_canonical_json(map).as_bytes()).expect("the merged map loads");
    assert!(!loaded.was_repaired(), "repaired: {:?}", loaded.notes);
}

fn en(conflicts: &[Conflict]) -> Vec<String> {
    conflicts.iter().map(|c| c.sentence(Language::En)).collect()
}

#[test]
fn a_retitle_and_a_retag_of_one_card_both_land() {
    let base = sample_map();
    let id = base.touchpoints[0].id.clone();
    let ours = edited(
        &base,
        vec![Edit::RenameTouchpoint {
            id: id.clone(),
            title: "Ads".into(),
        }],
    );
    let theirs = edited(
        &base,
        vec![Edit::SetSentiment {
            id: id.clone(),
            sentiment: Sentiment::Negative,
        }],
    );
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let t = card(&merged.map, &id);
    assert_eq!(
        (t.title.as_str(), t.sentiment),
        ("Ads", Sentiment::Negative)
    );
    assert!(!merged.map.extra.contains_key(CONFLICTS_FIELD));
}

#[test]
fn an_added_card_and_a_moved_card_both_land() {
    let base = sample_map();
    let (s0, s1) = (base.stages[0].id.clone(), base.stages[1].id.clone());
    let moved = base
        .touchpoints
        .iter()
        .find(|t| t.stage == s0)
        .unwrap()
        .id
        .clone();
    let ours = edited(
        &base,
        vec![Edit::AddTouchpoint {
            stage: s1.clone(),
            index: 0,
            title: "New".into(),
            sentiment: Sentiment::Positive,
            lane: None,
            channel: None,
        }],
    );
    let theirs = edited(
        &base,
        vec![Edit::MoveTouchpoint {
            id: moved.clone(),
            to_stage: s1.clone(),
            index: 99,
            lane: None,
        }],
    );
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(card(&merged.map, &moved).stage, s1);
    let titles = cell_titles(&merged.map, &s1, "");
    assert_eq!(titles.first().map(String::as_str), Some("New"));
    assert_eq!(titles.last(), Some(&card(&base, &moved).title));
    assert_valid(&merged.map);
}

#[test]
fn cards_both_sides_add_to_one_cell_are_all_kept_ours_first_at_one_anchor() {
    let base = sample_map();
    let s = base.stages[2].id.clone();
    let add = |title: &str, index| Edit::AddTouchpoint {
        stage: s.clone(),
        index,
        title: title.into(),
        sentiment: Sentiment::Neutral,
        lane: None,
        channel: None,
    };
    let before = cell_titles(&base, &s, "");
    let ours = edited(&base, vec![add("O1", 1), add("O2", 2), add("O-first", 0)]);
    let theirs = edited(&base, vec![add("T1", 1), add("T2", 2)]);
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    let mut expected = vec![
        "O-first".to_string(),
        before[0].clone(),
        "O1".into(),
        "O2".into(),
        "T1".into(),
        "T2".into(),
    ];
    expected.extend(before[1..].iter().cloned());
    assert_eq!(cell_titles(&merged.map, &s, ""), expected);
    // Each side's own order is kept.
    assert_valid(&merged.map);
}

#[test]
fn one_field_set_differently_on_both_sides_keeps_ours_and_is_a_conflict() {
    let base = sample_map();
    let id = base
        .touchpoints
        .iter()
        .find(|t| t.sentiment == Sentiment::Neutral)
        .unwrap()
        .id
        .clone();
    let set = |s| Edit::SetSentiment {
        id: id.clone(),
        sentiment: s,
    };
    let ours = edited(&base, vec![set(Sentiment::Negative)]);
    let theirs = edited(&base, vec![set(Sentiment::Positive)]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(card(&merged.map, &id).sentiment, Sentiment::Negative);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(
        (c.kind, c.entity, c.id.as_str(), c.field.as_deref()),
        (
            ConflictKind::Field,
            Entity::Touchpoint,
            id.as_str(),
            Some("sentiment")
        )
    );
    assert_eq!(c.ours, Some(Value::from("negative")));
    assert_eq!(c.theirs, Some(Value::from("positive")));
    let title = &card(&base, &id).title;
    assert_eq!(en(&merged.conflicts), vec![format!("«{title}»: sentiment set to negative here and to positive in the other copy; kept negative")]);
    // The record is in the file, and the file opens with a note.
    assert_eq!(recorded_conflicts(&merged.map), merged.conflicts);
    let loaded = parse(to_canonical_json(&merged.map).as_bytes()).unwrap();
    assert_eq!(
        loaded.notes,
        vec![crate::format::Note::Conflicts { count: 1 }]
    );
    assert_valid(&merged.map);
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let base = sample_map();
    let id = base.touchpoints[1].id.clone();
    let e = || {
        vec![
            Edit::RenameTouchpoint {
                id: id.clone(),
                title: "Same".into(),
            },
            Edit::SetMapField {
                field: MapField::Notes("n".into()),
            },
        ]
    };
    let merged = merge(&base, &edited(&base, e()), &edited(&base, e()));
    assert!(merged.conflicts.is_empty());
    assert!(same_map(&merged.map, &edited(&base, e())));
}

#[test]
fn lists_without_ids_merge_as_whole_values() {
    let base = sample_map();
    let id = base.touchpoints[0].id.clone();
    let pains = |p: &[&str]| Edit::SetTouchpointField {
        id: id.clone(),
        field: TouchpointField::PainPoints(p.iter().map(|s| s.to_string()).collect()),
    };
    let ours = edited(&base, vec![pains(&["slow"])]);
    let merged = merge(&base, &ours, &base);
    assert_eq!(card(&merged.map, &id).pain_points, vec!["slow".to_string()]);
    let theirs = edited(&base, vec![pains(&["slow", "dear"])]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(card(&merged.map, &id).pain_points, vec!["slow".to_string()]);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].field.as_deref(), Some("painPoints"));
}

#[test]
fn a_card_removed_on_one_side_and_changed_on_the_other_is_a_conflict_keeping_ours() {
    let base = sample_map();
    let id = base.touchpoints[0].id.clone();
    let removed = edited(&base, vec![Edit::DeleteTouchpoint { id: id.clone() }]);
    let changed = edited(
        &base,
        vec![Edit::RenameTouchpoint {
            id: id.clone(),
            title: "Kept".into(),
        }],
    );

    let here = merge(&base, &removed, &changed);
    assert!(!here.map.touchpoints.iter().any(|t| t.id == id));
    assert_eq!(
        here.conflicts.iter().map(|c| c.kind).collect::<Vec<_>>(),
        vec![ConflictKind::RemovedHere]
    );
    assert_eq!(
        en(&here.conflicts),
        vec!["«Kept»: removed here and changed in the other copy; kept removed"]
    );

    let there = merge(&base, &changed, &removed);
    assert_eq!(card(&there.map, &id).title, "Kept");
    assert_eq!(
        there.conflicts.iter().map(|c| c.kind).collect::<Vec<_>>(),
        vec![ConflictKind::RemovedThere]
    );

    // Removed on one side, untouched on the other: removed, no conflict.
    let clean = merge(&base, &base, &removed);
    assert!(clean.conflicts.is_empty());
    assert!(same_map(&clean.map, &removed));
}

#[test]
fn a_card_moved_to_different_places_on_both_sides_stays_where_we_put_it() {
    let base = sample_map();
    let id = base.touchpoints[0].id.clone();
    let to = |k: usize| Edit::MoveTouchpoint {
        id: id.clone(),
        to_stage: base.stages[k].id.clone(),
        index: 0,
        lane: None,
    };
    let merged = merge(
        &base,
        &edited(&base, vec![to(2)]),
        &edited(&base, vec![to(3)]),
    );
    assert_eq!(card(&merged.map, &id).stage, base.stages[2].id);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].kind, ConflictKind::Moved);
    let (s2, s3) = (&base.stages[2].name, &base.stages[3].name);
    let title = &card(&base, &id).title;
    assert_eq!(en(&merged.conflicts), vec![format!("«{title}»: moved to {s2}, place 1 here and to {s3}, place 1 in the other copy; kept {s2}, place 1")]);
    // The same move on both sides: no conflict.
    let same = merge(
        &base,
        &edited(&base, vec![to(2)]),
        &edited(&base, vec![to(2)]),
    );
    assert!(same.conflicts.is_empty());
}

#[test]
fn a_stage_removed_here_that_the_other_side_filled_stays_removed_and_the_cards_are_told() {
    let base = sample_map();
    let (s0, s3) = (base.stages[0].id.clone(), base.stages[3].id.clone());
    let mover = base
        .touchpoints
        .iter()
        .find(|t| t.stage == s0)
        .unwrap()
        .id
        .clone();
    let ours = edited(&base, vec![Edit::DeleteStage { id: s3.clone() }]);
    let theirs = edited(
        &base,
        vec![
            Edit::AddTouchpoint {
                stage: s3.clone(),
                index: 0,
                title: "Late".into(),
                sentiment: Sentiment::Neutral,
                lane: None,
                channel: None,
            },
            Edit::MoveTouchpoint {
                id: mover.clone(),
                to_stage: s3.clone(),
                index: 0,
                lane: None,
            },
        ],
    );
    let merged = merge(&base, &ours, &theirs);
    assert!(!merged.map.stages.iter().any(|s| s.id == s3));
    // The moved card stays where we have it; the added one is left out, whole in the record.
    assert_eq!(card(&merged.map, &mover).stage, s0);
    assert!(!merged.map.touchpoints.iter().any(|t| t.title == "Late"));
    let kinds: Vec<ConflictKind> = merged.conflicts.iter().map(|c| c.kind).collect();
    assert!(
        kinds
            .iter()
            .filter(|k| **k == ConflictKind::CellRemoved)
            .count()
            == 2,
        "{kinds:?}"
    );
    let late = merged.conflicts.iter().find(|c| c.name == "Late").unwrap();
    assert_eq!(
        late.theirs.as_ref().and_then(|v| v.get("title")),
        Some(&Value::from("Late"))
    );
    assert!(en(&merged.conflicts).contains(
        &"«Late»: added by the other copy to a stage removed here; left out".to_string()
    ));
    assert_valid(&merged.map);
}

#[test]
fn a_stage_removed_there_stays_while_we_put_cards_into_it() {
    let base = sample_map();
    let s3 = base.stages[3].id.clone();
    let theirs = edited(&base, vec![Edit::DeleteStage { id: s3.clone() }]);
    let ours = edited(
        &base,
        vec![Edit::AddTouchpoint {
            stage: s3.clone(),
            index: 0,
            title: "Mine".into(),
            sentiment: Sentiment::Neutral,
            lane: None,
            channel: None,
        }],
    );
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.map.stages.iter().any(|s| s.id == s3));
    assert_eq!(cell_titles(&merged.map, &s3, ""), vec!["Mine".to_string()]);
    assert_eq!(
        merged
            .conflicts
            .iter()
            .map(|c| (c.kind, c.entity))
            .collect::<Vec<_>>(),
        vec![(ConflictKind::RemovedThere, Entity::Stage)]
    );
    assert_valid(&merged.map);
}

#[test]
fn a_stage_renamed_differently_and_moved_differently_on_both_sides() {
    let base = sample_map();
    let s = base.stages[1].id.clone();
    let ours = edited(
        &base,
        vec![
            Edit::RenameStage {
                id: s.clone(),
                name: "A".into(),
            },
            Edit::MoveStage {
                id: s.clone(),
                index: 3,
            },
        ],
    );
    let theirs = edited(
        &base,
        vec![
            Edit::RenameStage {
                id: s.clone(),
                name: "B".into(),
            },
            Edit::MoveStage {
                id: s.clone(),
                index: 0,
            },
        ],
    );
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(
        merged
            .map
            .stages
            .iter()
            .map(|x| x.id.clone())
            .collect::<Vec<_>>(),
        ours.stages.iter().map(|x| x.id.clone()).collect::<Vec<_>>()
    );
    assert_eq!(merged.map.stages[3].name, "A");
    assert_eq!(
        en(&merged.conflicts),
        vec![
            "Stage «A»: field «name» set to «A» here and to «B» in the other copy; kept «A»",
            "Stage «A»: moved to column 4 here and to column 1 in the other copy; kept column 4"
        ]
    );
}

#[test]
fn unknown_fields_merge_per_key_and_a_newer_map_keeps_them() {
    let base = sample_map();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.extra.insert("x-ours".into(), Value::from(1));
    theirs.extra.insert("x-theirs".into(), Value::from(2));
    theirs.touchpoints[0]
        .extra
        .insert("x-card".into(), Value::from(true));
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.map.extra.get("x-ours"), Some(&Value::from(1)));
    assert_eq!(merged.map.extra.get("x-theirs"), Some(&Value::from(2)));
    assert_eq!(
        merged
            .map
            .touchpoints
            .iter()
            .find(|t| t.id == base.touchpoints[0].id)
            .unwrap()
            .extra
            .get("x-card"),
        Some(&Value::from(true))
    );
}

#[test]
fn maps_with_nothing_in_common_keep_both_sides() {
    // The empty template has no stages, lanes or cards: everything is an addition.
    let base = crate::model::from_template("empty", Language::En).expect("the empty template");
    let (a, b) = (generate(3, 10, 1), sample_map());
    let merged = merge(&base, &a, &b);
    assert_valid(&merged.map);
    for t in a.touchpoints.iter().chain(&b.touchpoints) {
        assert!(
            merged.map.touchpoints.iter().any(|m| m.id == t.id),
            "{} kept",
            t.id
        );
    }
}

#[test]
fn every_conflict_is_said_in_every_language() {
    let base = sample_map();
    let id = base.touchpoints[0].id.clone();
    let ours = edited(
        &base,
        vec![
            Edit::DeleteStage {
                id: base.stages[0].id.clone(),
            },
            Edit::SetMapField {
                field: MapField::Notes("a".into()),
            },
        ],
    );
    let theirs = edited(
        &base,
        vec![
            Edit::RenameTouchpoint {
                id,
                title: "T".into(),
            },
            Edit::SetMapField {
                field: MapField::Notes("b".into()),
            },
        ],
    );
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.len() >= 2);
    for lang in [Language::En, Language::Ru, Language::Pl] {
        for c in &merged.conflicts {
            let s = c.sentence(lang);
            assert!(
                !s.is_empty() && !s.contains('{') && !s.contains('\u{2068}'),
                "{s}"
            );
        }
    }
}

/// Many cards, many changes on both sides, on different cards, with lanes: all land.
#[test]
fn a_large_map_with_many_changes_on_both_sides_merges_them_all() {
    let base = generate_with_lanes(12, 3, 1200, 4);
    let stages: Vec<String> = base.stages.iter().map(|s| s.id.clone()).collect();
    let lanes: Vec<String> = base.lanes.iter().map(|l| l.id.clone()).collect();
    let side = |offset: usize, tag: &str| {
        let mut map = base.clone();
        for k in 0..100 {
            let t = &mut map.touchpoints[k * 12 + offset];
            match k % 4 {
                0 => t.title.push_str(tag),
                1 => t.stage = stages[(k * 7) % stages.len()].clone(),
                2 => t.lane = lanes[(k + 1) % lanes.len()].clone(),
                _ => t.owner = tag.into(),
            }
        }
        map
    };
    let (ours, theirs) = (side(0, " (ours)"), side(6, " (theirs)"));
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_valid(&merged.map);
    for (side, offset) in [(&ours, 0), (&theirs, 6)] {
        for k in 0..100 {
            let want = &side.touchpoints[k * 12 + offset];
            let got = card(&merged.map, &want.id);
            assert_eq!(
                (&got.title, &got.stage, &got.lane, &got.owner),
                (&want.title, &want.stage, &want.lane, &want.owner)
            );
        }
    }
    assert_eq!(merged.map.touchpoints.len(), base.touchpoints.len());
}

/// Edits of each side touch only their own cards (even or odd positions in the base):
/// title, sentiment, details, a removal, and on our side a move to the end of a stage.
/// (Their moves are left out: "both in turn" would put a card they moved to a cell's end
/// after ours, where their copy had not moved it at all when it was already last there.)
fn disjoint_edits(base: &Map, picks: &[(usize, u8, String)], odd: bool) -> Vec<Edit> {
    let n = base.touchpoints.len();
    picks
        .iter()
        .map(|(i, kind, text)| {
            let k = (i * 2 + usize::from(odd)) % n;
            let id = base.touchpoints[k].id.clone();
            let stage = base.stages[i % base.stages.len()].id.clone();
            match kind % 5 {
                0 => Edit::RenameTouchpoint {
                    id,
                    title: text.clone(),
                },
                1 => Edit::SetSentiment {
                    id,
                    sentiment: [Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative]
                        [i % 3],
                },
                2 => Edit::SetTouchpointField {
                    id,
                    field: TouchpointField::Owner(text.clone()),
                },
                3 if !odd => Edit::MoveTouchpoint {
                    id,
                    to_stage: stage,
                    index: usize::MAX / 2,
                    lane: None,
                },
                3 => Edit::SetTouchpointField {
                    id,
                    field: TouchpointField::Score(Some(1 + (i % 5) as u8)),
                },
                _ => Edit::DeleteTouchpoint { id },
            }
        })
        .collect()
}

fn apply_some(map: &Map, edits: &[Edit]) -> Map {
    let mut map = map.clone();
    for e in edits {
        let _ = edit(&mut map, e.clone());
    }
    map
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    /// One side's changes merged with nothing on the other are that side; both sides doing
    /// the same is that too; and never a conflict.
    #[test]
    fn merging_with_an_unchanged_or_identical_side_gives_that_side(lanes in 0..3usize, seeds in proptest::collection::vec(arb_seed(), 1..25)) {
        let base = if lanes == 0 { sample_map() } else { generate_with_lanes(4, lanes, 20, 9) };
        let mut a = base.clone();
        for seed in &seeds {
            let e = concrete(&a, seed);
            let _ = edit(&mut a, e);
        }
        for (ours, theirs) in [(&a, &base), (&base, &a), (&a, &a)] {
            let merged = merge(&base, ours, theirs);
            prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
            prop_assert!(same_map(&merged.map, &a), "{}\n{}", to_canonical_json(&merged.map), to_canonical_json(&normalized(&a)));
        }
    }

    /// Edits to different cards on the two sides merge into the map both give in turn.
    #[test]
    fn disjoint_edits_merge_as_if_applied_one_after_the_other(
        ours_picks in proptest::collection::vec((0..40usize, any::<u8>(), "[a-z]{1,6}"), 0..12),
        theirs_picks in proptest::collection::vec((0..40usize, any::<u8>(), "[a-z]{1,6}"), 0..12),
        notes in any::<bool>(),
    ) {
        let base = generate(5, 40, 3);
        let mut ours_edits = disjoint_edits(&base, &ours_picks, false);
        let theirs_edits = disjoint_edits(&base, &theirs_picks, true);
        if notes {
            ours_edits.push(Edit::SetMapField { field: MapField::Notes("ours".into()) });
        }
        let (ours, theirs) = (apply_some(&base, &ours_edits), apply_some(&base, &theirs_edits));
        let both = apply_some(&ours, &theirs_edits);
        let merged = merge(&base, &ours, &theirs);
        prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        let view = |m: &Map| normalized(m).touchpoints.iter().map(|t| format!("{}:{}:{}", t.stage, t.id, t.title)).collect::<Vec<_>>();
        prop_assert!(same_map(&merged.map, &both), "{:?}\n{:?}\n{:?}\n{:?}", ours_edits, theirs_edits, view(&merged.map), view(&both));
    }

    /// Random edits on both sides of one base: a valid map, every conflict said, never a
    /// panic.
    #[test]
    fn any_two_edited_copies_merge_into_a_valid_map(
        lanes in 0..3usize,
        a_seeds in proptest::collection::vec(arb_seed(), 0..25),
        b_seeds in proptest::collection::vec(arb_seed(), 0..25),
    ) {
        let base = if lanes == 0 { sample_map() } else { generate_with_lanes(4, lanes, 20, 9) };
        let (mut a, mut b) = (base.clone(), base.clone());
        for seed in &a_seeds { let e = concrete(&a, seed); let _ = edit(&mut a, e); }
        for seed in &b_seeds { let e = concrete(&b, seed); let _ = edit(&mut b, e); }
        let merged = merge(&base, &a, &b);
        let loaded = parse(to_canonical_json(&merged.map).as_bytes()).unwrap();
        prop_assert!(!loaded.was_repaired(), "{:?}", loaded.notes);
        prop_assert_eq!(recorded_conflicts(&merged.map), merged.conflicts.clone());
        for c in &merged.conflicts {
            prop_assert!(!c.sentence(Language::En).is_empty());
        }
    }

    /// Three maps that need not share anything: a valid map, never a panic.
    #[test]
    fn any_three_maps_merge_into_a_valid_map(picks in proptest::collection::vec((0..4usize, 0..3usize, 1..30usize, 0..5u64), 3)) {
        let maps: Vec<Map> = picks
            .iter()
            .map(|&(kind, lanes, n, seed)| match kind {
                0 => sample_map(),
                1 => generate(3, n, seed),
                2 => generate_with_lanes(3, lanes + 1, n, seed),
                _ => generate_with_lanes(2, lanes, n, seed + 7),
            })
            .collect();
        let merged = merge(&maps[0], &maps[1], &maps[2]);
        let loaded = parse(to_canonical_json(&merged.map).as_bytes()).unwrap();
        prop_assert!(!loaded.was_repaired(), "{:?}", loaded.notes);
    }
}

#[test]
fn a_criterion_one_copy_removed_while_the_other_rated_a_card_on_it_stays() {
    let base = sample_map();
    let id = base.touchpoints[2].id.clone();
    let ours = edited(&base, vec![Edit::RemoveCriterion { id: "content".into() }]);
    let theirs = edited(&base, vec![Edit::SetRating { id: id.clone(), criterion: "content".into(), rating: Some(2) }]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(card(&merged.map, &id).ratings.get("content"), Some(&2));
    let content = merged.map.criteria.iter().find(|c| c.id == "content").expect("the criterion is back");
    assert_eq!(content.name, "Content", "with its name, not only its id");
    let loaded = parse(to_canonical_json(&merged.map).as_bytes()).unwrap();
    assert!(!loaded.was_repaired(), "{:?}", loaded.notes);
}
