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
                mirror.metric_definitions = details.metric_definitions.clone();
                mirror.criteria = details.criteria.clone();
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
pub(crate) struct EditSeed {
    kind: u8,
    a: proptest::sample::Index,
    b: proptest::sample::Index,
    n: usize,
    sentiment: Sentiment,
    text: String,
}

pub(crate) fn arb_seed() -> impl Strategy<Value = EditSeed> {
    let sentiment = prop_oneof![Just(Sentiment::Positive), Just(Sentiment::Neutral), Just(Sentiment::Negative)];
    (0..23u8, any::<proptest::sample::Index>(), any::<proptest::sample::Index>(), 0..8usize, sentiment, "[a-zA-Zа-яёąę ]{0,10}")
        .prop_map(|(kind, a, b, n, sentiment, text)| EditSeed { kind, a, b, n, sentiment, text })
}

pub(crate) fn concrete(map: &Map, seed: &EditSeed) -> Edit {
    // One in nine picks an id that does not exist, to exercise the error paths.
    let pick = |ids: Vec<String>, i: &proptest::sample::Index| {
        let k = i.index(ids.len() + 1);
        ids.get(k).cloned().unwrap_or_else(|| "ghost".into())
    };
    let stage = |i| pick(map.stages.iter().map(|s| s.id.clone()).collect(), i);
    let tp = |i| pick(map.touchpoints.iter().map(|t| t.id.clone()).collect(), i);
    let lane = |i| pick(map.lanes.iter().map(|l| l.id.clone()).collect(), i);
    let (text, n, sentiment) = (seed.text.clone(), seed.n, seed.sentiment);
    use crate::model::{Channel, Feedback, Hypothesis, HypothesisStatus, Metric, Persona, CRITERION_PRESETS, METRIC_PRESETS};
    let criterion = |i| pick(map.criteria.iter().map(|c| c.id.clone()).collect(), i);
    let metric_name = ["NPS", "CSAT", "Reach"][n % 3];
    let metric = || {
        let mut m = Metric::new(metric_name, n as f64 * 10.0 - 20.5);
        m.target = (n % 2 == 0).then_some(30.0);
        // 2026-02-30 is no date: the edit must be refused.
        m.date = (n > 5).then(|| if n == 7 { "2026-02-30".into() } else { "2026-11-25".into() });
        m.source = (!text.is_empty()).then(|| text.clone());
        m
    };
    let feedback = || Feedback { quote: text.clone(), source: (n % 2 == 1).then(|| "survey".into()), date: None, extra: Default::default() };
    match seed.kind {
        17 => Edit::SetMetric { id: tp(&seed.a), metric: metric() },
        18 => Edit::RemoveMetric { id: tp(&seed.a), name: metric_name.to_lowercase() },
        // 0, 6 and 7 are not ratings; 7 takes the rating off.
        19 => Edit::SetRating { id: tp(&seed.a), criterion: criterion(&seed.b), rating: (n != 7).then_some(n as u8) },
        20 => match n % 3 {
            0 => Edit::AddFeedback { id: tp(&seed.a), index: n, feedback: feedback() },
            1 => Edit::EditFeedback { id: tp(&seed.a), index: n % 2, feedback: feedback() },
            _ => Edit::RemoveFeedback { id: tp(&seed.a), index: n % 2 },
        },
        21 => match n % 4 {
            0 => Edit::RemoveCriterion { id: criterion(&seed.a) },
            1 => {
                // A preset the map may have already: a duplicate id is refused.
                let mut criteria = map.criteria.clone();
                criteria.push(crate::model::criterion_preset(CRITERION_PRESETS[seed.b.index(7)], crate::language::Language::Ru));
                Edit::SetMapField { field: MapField::Criteria(criteria) }
            }
            2 => {
                let mut defs = map.metric_definitions.clone();
                let mut def = METRIC_PRESETS[seed.b.index(8)].definition(crate::language::Language::Pl);
                def.target = Some(n as f64);
                defs.push(def);
                Edit::SetMapField { field: MapField::MetricDefinitions(defs) }
            }
            // Taking every criterion off: refused while a card is rated on one.
            _ => Edit::SetMapField { field: MapField::Criteria(Vec::new()) },
        },
        22 => Edit::SetTouchpointField {
            id: tp(&seed.a),
            field: match n % 3 {
                0 => TouchpointField::Metrics(vec![metric(); 1 + n % 2]),
                1 => TouchpointField::Ratings(map.criteria.iter().take(n).map(|c| (c.id.clone(), 1 + (n % 5) as u8)).collect()),
                _ => TouchpointField::Feedback(vec![feedback(); n % 3]),
            },
        },
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Two maps apart by any edits (as a merge or a conflict's resolution makes them):
    /// replacing one with the other brings the mirror there, and undo back, each patch
    /// resending only the columns that changed.
    #[test]
    fn replacing_the_whole_map_patches_the_mirror_both_ways(
        first in proptest::collection::vec(arb_seed(), 0..15),
        second in proptest::collection::vec(arb_seed(), 0..15),
    ) {
        let mut old = sample_map();
        for seed in &first {
            let edit = concrete(&old, seed);
            let _ = apply(&mut old, edit);
        }
        let mut new = old.clone();
        for seed in &second {
            let edit = concrete(&new, seed);
            let _ = apply(&mut new, edit);
        }
        let mut map = old.clone();
        let mut mirror = old.clone();
        let applied = apply(&mut map, Edit::ReplaceMap { map: Box::new(new.clone()) }).unwrap();
        prop_assert_eq!(&map, &new);
        mirror_apply(&mut mirror, &applied.patch);
        prop_assert_eq!(view(&mirror), view(&new));
        let undone = apply(&mut map, applied.inverse).unwrap();
        prop_assert_eq!(&map, &old);
        mirror_apply(&mut mirror, &undone.patch);
        prop_assert_eq!(view(&mirror), view(&old));
        if old == new {
            prop_assert!(applied.patch.is_empty(), "the same map gives an empty patch");
        }
    }
}

#[test]
fn replacing_the_map_resends_only_the_column_that_changed() {
    let old = sample_map();
    let mut new = old.clone();
    let cart = new.touchpoints.iter_mut().find(|t| t.id == "tp-cart").unwrap();
    cart.sentiment = Sentiment::Negative;
    let stage = cart.stage.clone();
    let patch = patch_between(&old, &new);
    let column = new.touchpoints.iter().filter(|t| t.stage == stage).count();
    assert_eq!(patch.len(), column, "one upsert per card of the cart's column, nothing else: {patch:?}");
    assert!(patch.iter().all(|op| matches!(op, PatchOp::TouchpointUpsert { touchpoint, .. } if touchpoint.stage == stage)));
}

#[test]
fn metrics_ratings_and_feedback_are_each_one_undoable_edit() {
    use crate::model::{criterion_preset, Feedback, Metric};
    let original = sample_map();
    let mut map = original.clone();
    let id = map.touchpoints[0].id.clone();
    let mut steps = Vec::new();
    let mut run = |map: &mut Map, edit: Edit| {
        let applied = apply(map, edit).unwrap();
        assert!(applied.patch.iter().all(|op| matches!(op, PatchOp::TouchpointUpsert { .. } | PatchOp::MapDetails { .. })));
        steps.push(applied.inverse);
    };
    let criteria = vec![criterion_preset("design", crate::language::Language::En), criterion_preset("content", crate::language::Language::En)];
    let mut all = map.criteria.clone();
    all.extend(criteria.into_iter().filter(|c| !map.criteria.iter().any(|o| o.id == c.id)));
    run(&mut map, Edit::SetMapField { field: MapField::Criteria(all) });
    run(&mut map, Edit::SetMetric { id: id.clone(), metric: Metric::new("Churn", 12.0) });
    run(&mut map, Edit::SetMetric { id: id.clone(), metric: Metric::new("churn", 9.0) });
    let metrics: Vec<(String, f64)> = map.touchpoints[0].metrics.iter().map(|m| (m.name.clone(), m.value)).collect();
    assert_eq!(metrics.last(), Some(&("churn".to_owned(), 9.0)), "the metric of that name is set, not added twice");
    run(&mut map, Edit::SetRating { id: id.clone(), criterion: "design".into(), rating: Some(2) });
    run(&mut map, Edit::SetRating { id: id.clone(), criterion: "content".into(), rating: Some(5) });
    assert_eq!(map.touchpoints[0].ratings["design"], 2);
    let quote = Feedback { quote: "Too slow".into(), source: Some("survey".into()), date: Some("2026-11-25".into()), extra: Default::default() };
    run(&mut map, Edit::AddFeedback { id: id.clone(), index: 0, feedback: quote.clone() });
    assert_eq!(map.touchpoints[0].feedback[0], quote);
    run(&mut map, Edit::EditFeedback { id: id.clone(), index: 0, feedback: Feedback { quote: "Slow".into(), ..quote.clone() } });
    assert_eq!(map.touchpoints[0].feedback[0].quote, "Slow");
    // A criterion in use cannot be dropped from the list; RemoveCriterion takes the ratings too.
    let without: Vec<_> = map.criteria.iter().filter(|c| c.id != "design").cloned().collect();
    assert_eq!(apply(&mut map, Edit::SetMapField { field: MapField::Criteria(without) }), Err(EditError::CriterionInUse("design".into())));
    run(&mut map, Edit::RemoveCriterion { id: "design".into() });
    assert!(!map.touchpoints[0].ratings.contains_key("design"));
    assert!(!map.criteria.iter().any(|c| c.id == "design"));
    run(&mut map, Edit::RemoveFeedback { id: id.clone(), index: 0 });
    run(&mut map, Edit::RemoveMetric { id: id.clone(), name: "CHURN".into() });

    // Bad values are refused and leave the map as it was.
    let before = map.clone();
    assert_eq!(apply(&mut map, Edit::SetRating { id: id.clone(), criterion: "content".into(), rating: Some(6) }), Err(EditError::BadRating(6)));
    assert_eq!(apply(&mut map, Edit::SetRating { id: id.clone(), criterion: "nope".into(), rating: Some(3) }), Err(EditError::NoSuchCriterion("nope".into())));
    assert_eq!(apply(&mut map, Edit::RemoveFeedback { id: id.clone(), index: 4 }), Err(EditError::NoSuchFeedback(4)));
    assert_eq!(apply(&mut map, Edit::RemoveMetric { id: id.clone(), name: "nope".into() }), Err(EditError::NoSuchMetric("nope".into())));
    let twice = vec![Metric::new("NPS", 1.0), Metric::new(" nps", 2.0)];
    assert_eq!(apply(&mut map, Edit::SetTouchpointField { id: id.clone(), field: TouchpointField::Metrics(twice) }), Err(EditError::DuplicateMetric(" nps".into())));
    assert_eq!(map, before);

    for inverse in steps.into_iter().rev() {
        apply(&mut map, inverse).unwrap();
    }
    assert_eq!(map, original);
}
