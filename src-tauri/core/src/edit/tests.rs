use proptest::prelude::*;

use super::*;
use crate::model::{sample_map, Map, Sentiment};

/// Applies a patch to a copy of the map the way the UI's mirror does, so that tests can
/// check that patches describe the change exactly.
fn mirror_apply(mirror: &mut Map, patch: &[PatchOp]) {
    for op in patch {
        match op {
            PatchOp::MapTitle { title } => mirror.title = title.clone(),
            PatchOp::StageUpsert { stage, index } => {
                mirror.stages.retain(|s| s.id != stage.id);
                mirror.stages.insert(*index, stage.clone());
            }
            PatchOp::StageRemove { id } => mirror.stages.retain(|s| &s.id != id),
            PatchOp::TouchpointUpsert { touchpoint, index } => {
                mirror.touchpoints.retain(|t| t.id != touchpoint.id);
                let cards = mirror.cards_of(&touchpoint.stage);
                let at = cards.get(*index).copied().unwrap_or_else(|| {
                    cards.last().map(|i| i + 1).unwrap_or(mirror.touchpoints.len())
                });
                mirror.touchpoints.insert(at, touchpoint.clone());
            }
            PatchOp::TouchpointRemove { id } => mirror.touchpoints.retain(|t| &t.id != id),
            PatchOp::LaneUpsert { lane, index } => {
                mirror.lanes.retain(|l| l.id != lane.id);
                mirror.lanes.insert(*index, lane.clone());
            }
            PatchOp::LaneRemove { id } => mirror.lanes.retain(|l| &l.id != id),
            PatchOp::MapDetails { details } => {
                mirror.personas = details.personas.clone();
                mirror.customer_goals = details.customer_goals.clone();
                mirror.business_goals = details.business_goals.clone();
                mirror.notes = details.notes.clone();
                mirror.last_review = details.last_review.clone();
            }
        }
    }
}

/// A card as a person sees it: every field; only its place in the flat array is left
/// out, which means nothing.
type CardView = crate::model::Touchpoint;

/// The map as a person sees it: stages in order, each stage's cards in order, the lanes
/// in order and the map's details.
#[allow(clippy::type_complexity)]
fn view(map: &Map) -> (Vec<(String, String, Vec<CardView>)>, Vec<crate::model::Lane>, MapDetails) {
    let stages = map
        .stages
        .iter()
        .map(|s| {
            let cards = map.touchpoints.iter().filter(|t| t.stage == s.id).cloned().collect();
            (s.id.clone(), s.name.clone(), cards)
        })
        .collect();
    (stages, map.lanes.clone(), MapDetails::of(map))
}

fn card_ids(map: &Map, stage: &str) -> Vec<String> {
    map.touchpoints.iter().filter(|t| t.stage == stage).map(|t| t.id.clone()).collect()
}

#[test]
fn move_within_a_stage_lands_at_the_index_among_the_other_cards() {
    let mut map = sample_map();
    let ids = card_ids(&map, "stage-awareness");
    apply(&mut map, Edit::MoveTouchpoint { id: ids[0].clone(), to_stage: "stage-awareness".into(), index: 2, lane: None })
        .unwrap();
    assert_eq!(card_ids(&map, "stage-awareness"), vec![ids[1].clone(), ids[2].clone(), ids[0].clone(), ids[3].clone()]);
}

#[test]
fn move_to_another_stage_and_undo_restores_the_view() {
    let mut map = sample_map();
    let before = view(&map);
    let applied =
        apply(&mut map, Edit::MoveTouchpoint { id: "tp-online-ad".into(), to_stage: "stage-loyalty".into(), index: 1, lane: None })
            .unwrap();
    assert_eq!(card_ids(&map, "stage-loyalty")[1], "tp-online-ad");
    assert_eq!(map.touchpoints.iter().find(|t| t.id == "tp-online-ad").unwrap().stage, "stage-loyalty");
    apply(&mut map, applied.inverse).unwrap();
    assert_eq!(view(&map), before);
}

#[test]
fn deleting_a_stage_deletes_its_cards_and_undo_brings_back_everything() {
    let mut map = sample_map();
    let before = map.clone();
    let applied = apply(&mut map, Edit::DeleteStage { id: "stage-decision".into() }).unwrap();
    assert!(map.stage_index("stage-decision").is_none());
    assert!(map.touchpoints.iter().all(|t| t.stage != "stage-decision"));
    apply(&mut map, applied.inverse).unwrap();
    assert_eq!(view(&map), view(&before));
    assert_eq!(crate::format::to_canonical_json(&map), crate::format::to_canonical_json(&before), "same bytes on save");
}

#[test]
fn edits_on_missing_entities_fail_and_leave_the_map_alone() {
    let mut map = sample_map();
    let before = map.clone();
    for edit in [
        Edit::RenameStage { id: "nope".into(), name: "x".into() },
        Edit::SetSentiment { id: "nope".into(), sentiment: Sentiment::Negative },
        Edit::MoveTouchpoint { id: "tp-cart".into(), to_stage: "nope".into(), index: 0, lane: None },
        Edit::AddTouchpoint { stage: "nope".into(), index: 0, title: "x".into(), sentiment: Sentiment::Neutral, lane: None, channel: None },
        Edit::Batch {
            edits: vec![
                Edit::RenameStage { id: "stage-awareness".into(), name: "Renamed".into() },
                Edit::DeleteTouchpoint { id: "nope".into() },
            ],
        },
    ] {
        assert!(apply(&mut map, edit).is_err());
        assert_eq!(map, before);
    }
}

#[test]
fn adding_reports_the_new_id() {
    let mut map = sample_map();
    let a = apply(
        &mut map,
        Edit::AddTouchpoint { stage: "stage-purchase".into(), index: 0, title: "Gift wrap".into(), sentiment: Sentiment::Positive, lane: None, channel: None },
    )
    .unwrap();
    let id = a.created.expect("created id");
    assert_eq!(card_ids(&map, "stage-purchase")[0], id);
    let s = apply(&mut map, Edit::AddStage { index: 99, name: "Advocacy".into() }).unwrap();
    assert_eq!(map.stages.last().unwrap().id, s.created.unwrap());
}

#[test]
fn a_card_from_the_library_comes_with_its_channel_in_one_undo_step() {
    use crate::model::Channel;
    let mut map = sample_map();
    let before = map.clone();
    // The UI's shape, as the library panel sends it; without `channel` it is an ordinary card.
    let edit: Edit = serde_json::from_str(
        r#"{"type":"AddTouchpoint","stage":"stage-awareness","index":1,"title":"Billboard","sentiment":"neutral","channel":"print-outdoor"}"#,
    )
    .unwrap();
    let applied = apply(&mut map, edit).unwrap();
    let id = applied.created.clone().unwrap();
    let card = &map.touchpoints[map.touchpoint_index(&id).unwrap()];
    assert_eq!((card.title.as_str(), card.channel), ("Billboard", Some(Channel::PrintOutdoor)));
    assert_eq!(card_ids(&map, "stage-awareness")[1], id);
    let mut mirror = before.clone();
    mirror_apply(&mut mirror, &applied.patch);
    assert_eq!(mirror, map, "the patch carries the channel");
    apply(&mut map, applied.inverse).unwrap();
    assert_eq!(map, before, "one inverse takes the whole card away");

    let plain: Edit = serde_json::from_str(r#"{"type":"AddTouchpoint","stage":"stage-awareness","index":0,"title":"x","sentiment":"neutral"}"#).unwrap();
    assert!(matches!(plain, Edit::AddTouchpoint { channel: None, .. }));
    // An edit without a channel serializes as before (no `channel: null`).
    assert!(!serde_json::to_string(&plain).unwrap().contains("channel"));
}

#[test]
fn edits_deserialize_from_the_ui_shape() {
    let e: Edit = serde_json::from_str(r#"{"type":"MoveTouchpoint","id":"a","toStage":"b","index":3}"#).unwrap();
    assert_eq!(e, Edit::MoveTouchpoint { id: "a".into(), to_stage: "b".into(), index: 3, lane: None });
    let e: Edit = serde_json::from_str(r#"{"type":"SetSentiment","id":"a","sentiment":"negative"}"#).unwrap();
    assert_eq!(e, Edit::SetSentiment { id: "a".into(), sentiment: Sentiment::Negative });
}

/// An edit described by indices, turned into a concrete edit against the map as it is
/// when the edit is applied, so that most generated edits hit real stages and cards.
#[derive(Debug, Clone)]
struct EditSeed {
    kind: u8,
    a: proptest::sample::Index,
    b: proptest::sample::Index,
    n: usize,
    sentiment: Sentiment,
    text: String,
}

fn arb_seed() -> impl Strategy<Value = EditSeed> {
    let sentiment = prop_oneof![Just(Sentiment::Positive), Just(Sentiment::Neutral), Just(Sentiment::Negative)];
    (0..17u8, any::<proptest::sample::Index>(), any::<proptest::sample::Index>(), 0..8usize, sentiment, "[a-zA-Zа-яёąę ]{0,10}")
        .prop_map(|(kind, a, b, n, sentiment, text)| EditSeed { kind, a, b, n, sentiment, text })
}

fn concrete(map: &Map, seed: &EditSeed) -> Edit {
    // One in nine picks an id that does not exist, to exercise the error paths.
    let pick = |ids: Vec<String>, i: &proptest::sample::Index| {
        let k = i.index(ids.len() + 1);
        ids.get(k).cloned().unwrap_or_else(|| "ghost".into())
    };
    let stage = |i| pick(map.stages.iter().map(|s| s.id.clone()).collect(), i);
    let tp = |i| pick(map.touchpoints.iter().map(|t| t.id.clone()).collect(), i);
    let lane = |i| pick(map.lanes.iter().map(|l| l.id.clone()).collect(), i);
    let (text, n, sentiment) = (seed.text.clone(), seed.n, seed.sentiment);
    use crate::model::{Channel, Hypothesis, HypothesisStatus, Persona};
    match seed.kind {
        0 => Edit::MoveTouchpoint { id: tp(&seed.a), to_stage: stage(&seed.b), index: n, lane: None },
        9 => Edit::AddLane { index: n, name: text },
        10 => Edit::RenameLane { id: lane(&seed.a), name: text },
        11 => Edit::MoveLane { id: lane(&seed.a), index: n },
        12 => Edit::DeleteLane { id: lane(&seed.a) },
        13 => Edit::MoveTouchpoint { id: tp(&seed.a), to_stage: stage(&seed.b), index: n, lane: Some(lane(&seed.b)) },
        14 => Edit::SetTouchpointField {
            id: tp(&seed.a),
            field: match n % 5 {
                0 => TouchpointField::Channel(Some(Channel::ALL[n % Channel::ALL.len()])),
                // 0 and 6 and 7 are not scores: the edit must be refused, map unchanged.
                1 => TouchpointField::Score(Some(n as u8)),
                2 => TouchpointField::PainPoints(vec![text; n % 3]),
                3 => TouchpointField::Hypotheses(vec![Hypothesis { text, status: HypothesisStatus::Testing, extra: Default::default() }]),
                _ => TouchpointField::Owner(text),
            },
        },
        15 => Edit::SetMapField {
            field: match n % 3 {
                0 => MapField::Personas(vec![Persona { name: text, description: String::new(), goals: vec!["x".into()], extra: Default::default() }]),
                1 => MapField::LastReview(Some(if n > 4 { "2026-02-30".into() } else { "2026-11-25".into() })),
                _ => MapField::Notes(text),
            },
        },
        16 => Edit::AddTouchpoint {
            stage: stage(&seed.a),
            index: n,
            title: text,
            sentiment,
            lane: Some(lane(&seed.b)),
            channel: Some(Channel::ALL[n % Channel::ALL.len()]),
        },
        1 => Edit::SetSentiment { id: tp(&seed.a), sentiment },
        2 => Edit::RenameTouchpoint { id: tp(&seed.a), title: text },
        3 => Edit::DeleteTouchpoint { id: tp(&seed.a) },
        4 => Edit::AddTouchpoint { stage: stage(&seed.a), index: n, title: text, sentiment, lane: None, channel: None },
        5 => Edit::AddStage { index: n, name: text },
        6 => Edit::MoveStage { id: stage(&seed.a), index: n },
        7 => Edit::DeleteStage { id: stage(&seed.a) },
        _ => Edit::RenameStage { id: stage(&seed.a), name: text },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Any sequence of edits: each patch brings the mirror to the core's state, and undoing
    /// every step in reverse gives back the original map exactly.
    #[test]
    fn patches_mirror_the_map_and_undo_reverses_every_step(seeds in proptest::collection::vec(arb_seed(), 1..30)) {
        let original = sample_map();
        let mut map = original.clone();
        let mut mirror = original.clone();
        let mut inverses = Vec::new();
        for seed in &seeds {
            let edit = concrete(&map, seed);
            let before = map.clone();
            match apply(&mut map, edit) {
                Ok(applied) => {
                    mirror_apply(&mut mirror, &applied.patch);
                    prop_assert_eq!(view(&mirror), view(&map));
                    inverses.push(applied.inverse);
                }
                Err(_) => prop_assert_eq!(&map, &before),
            }
        }
        for inverse in inverses.into_iter().rev() {
            let applied = apply(&mut map, inverse).unwrap();
            mirror_apply(&mut mirror, &applied.patch);
            prop_assert_eq!(view(&mirror), view(&map));
        }
        prop_assert_eq!(view(&map), view(&original));
        // Every card of a map with lanes is in one of them; without lanes, in none.
        for t in &map.touchpoints {
            let placed = if map.lanes.is_empty() { t.lane.is_empty() } else { map.lane_index(&t.lane).is_some() };
            prop_assert!(placed, "card {} in lane {:?}", t.id, t.lane);
        }
    }
}
