use proptest::prelude::*;

use super::*;
use crate::edit::tests::{arb_seed, concrete};
use crate::edit::{apply as edit, Edit, MapField, TouchpointField};
use crate::format::to_canonical_json;
use crate::language::Language;
use crate::model::{
    generate_with_lanes, sample_map, Channel, Hypothesis, HypothesisStatus, Persona,
};

fn edited(map: &Map, edits: Vec<Edit>) -> Map {
    let mut map = map.clone();
    for e in edits {
        edit(&mut map, e).expect("the edit applies");
    }
    map
}

/// The diff replays: applying it to `old` gives `new`, as the same canonical file.
fn assert_replays(old: &Map, new: &Map) -> Vec<Change> {
    let changes = diff(old, new);
    let replayed = apply(old, &changes);
    assert_eq!(
        to_canonical_json(&replayed),
        to_canonical_json(&normalized(new)),
        "{changes:#?}"
    );
    assert!(same_map(&replayed, new));
    changes
}

fn tp(map: &Map, title: &str) -> String {
    map.touchpoints
        .iter()
        .find(|t| t.title == title)
        .unwrap_or_else(|| panic!("no card {title}"))
        .id
        .clone()
}

fn stage(map: &Map, name: &str) -> String {
    map.stages
        .iter()
        .find(|s| s.name == name)
        .unwrap()
        .id
        .clone()
}

fn en(changes: &[Change]) -> Vec<String> {
    changes.iter().map(|c| c.sentence(Language::En)).collect()
}

#[test]
fn a_map_has_no_difference_with_itself() {
    let map = sample_map();
    assert!(diff(&map, &map).is_empty());
    assert!(
        diff(&map, &normalized(&map)).is_empty(),
        "the flat order of different cells' cards is no change"
    );
    let big = generate_with_lanes(6, 3, 300, 7);
    assert!(diff(&big, &big).is_empty());
}

#[test]
fn a_move_to_another_stage_is_one_change_said_with_both_stages() {
    let old = sample_map();
    let card = old.touchpoints[0].clone();
    let to = old.stages[3].clone();
    let new = edited(
        &old,
        vec![Edit::MoveTouchpoint {
            id: card.id.clone(),
            to_stage: to.id.clone(),
            index: 0,
            lane: None,
        }],
    );
    let changes = assert_replays(&old, &new);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let Change::TouchpointMoved {
        id,
        from,
        to: place,
        ..
    } = &changes[0]
    else {
        panic!("{changes:#?}")
    };
    assert_eq!(
        (id, &place.stage, place.index, &place.after),
        (&card.id, &to.id, 0, &None)
    );
    let from_name = &old.stages.iter().find(|s| s.id == card.stage).unwrap().name;
    assert_eq!(from.stage_name, *from_name);
    assert_eq!(
        en(&changes),
        [format!(
            "Card «{}» moved from {} to {}",
            card.title, from_name, to.name
        )]
    );
}

#[test]
fn one_insertion_or_one_move_in_a_cell_moves_nothing_else() {
    let old = sample_map();
    let s = old.touchpoints[0].stage.clone();
    let cards = old.cards_of(&s);
    assert!(
        cards.len() >= 3,
        "the sample's first stage has cards to reorder"
    );
    let first = old.touchpoints[cards[0]].id.clone();
    let added = edited(
        &old,
        vec![Edit::AddTouchpoint {
            stage: s.clone(),
            index: 0,
            title: "Podcast".into(),
            sentiment: Sentiment::Positive,
            lane: None,
            channel: None,
        }],
    );
    let changes = assert_replays(&old, &added);
    assert_eq!(
        en(&changes),
        [format!("Card «Podcast» added to {}", old.stages[0].name)]
    );

    let moved = edited(
        &old,
        vec![Edit::MoveTouchpoint {
            id: first.clone(),
            to_stage: s.clone(),
            index: cards.len() - 1,
            lane: None,
        }],
    );
    let changes = assert_replays(&old, &moved);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let title = &old.touchpoints[cards[0]].title;
    assert_eq!(
        en(&changes),
        [format!(
            "Card «{title}» moved from place 1 to place {} in {}",
            cards.len(),
            old.stages[0].name
        )]
    );

    // A new stage first: no other stage moved.
    let staged = edited(
        &old,
        vec![Edit::AddStage {
            index: 0,
            name: "Need".into(),
        }],
    );
    let changes = assert_replays(&old, &staged);
    assert_eq!(en(&changes), ["Stage «Need» added"]);
    let last = old.stages.last().unwrap().clone();
    let staged = edited(
        &old,
        vec![Edit::MoveStage {
            id: last.id.clone(),
            index: 0,
        }],
    );
    let changes = assert_replays(&old, &staged);
    assert_eq!(
        en(&changes),
        [format!(
            "Stage «{}» moved from column {} to column 1",
            last.name,
            old.stages.len()
        )]
    );
}

#[test]
fn every_kind_of_card_change_is_said() {
    let old = sample_map();
    let id = old.touchpoints[0].id.clone();
    let title = old.touchpoints[0].title.clone();
    let field = |field| Edit::SetTouchpointField {
        id: id.clone(),
        field,
    };
    let new = edited(
        &old,
        vec![
            Edit::SetSentiment {
                id: id.clone(),
                sentiment: Sentiment::Negative,
            },
            field(TouchpointField::Owner("CRM".into())),
            field(TouchpointField::Channel(Some(Channel::Email))),
            field(TouchpointField::Score(Some(4))),
            field(TouchpointField::PainPoints(vec![
                "Slow".into(),
                "Noisy".into(),
            ])),
            field(TouchpointField::Hypotheses(vec![Hypothesis {
                text: "Shorter".into(),
                status: HypothesisStatus::Testing,
                extra: Default::default(),
            }])),
            Edit::RenameTouchpoint {
                id: id.clone(),
                title: "Newsletter".into(),
            },
        ],
    );
    let mut new = new;
    new.touchpoints[0]
        .extra
        .insert("x-color".into(), serde_json::json!("red"));
    let changes = assert_replays(&old, &new);
    let said = en(&changes);
    let from_sentiment = crate::i18n::text(
        Language::En,
        &format!("label-{}", old.touchpoints[0].sentiment.as_str()),
        &[],
    );
    assert_eq!(
        said,
        [
            format!("Card «{title}» renamed to «Newsletter»"),
            format!(
                "Sentiment of «Newsletter» changed from {} to negative",
                from_sentiment.to_lowercase()
            ),
            format!(
                "Channel of «Newsletter» changed from {} to Email",
                match old.touchpoints[0].channel {
                    Some(c) => crate::i18n::text(
                        Language::En,
                        &format!(
                            "label-channel-{}",
                            serde_json::to_value(c).unwrap().as_str().unwrap()
                        ),
                        &[]
                    ),
                    None => "nothing".into(),
                }
            ),
            format!(
                "Owner of «Newsletter» changed from {} to «CRM»",
                if old.touchpoints[0].owner.is_empty() {
                    "nothing".to_owned()
                } else {
                    format!("«{}»", old.touchpoints[0].owner)
                }
            ),
            format!(
                "Score of «Newsletter» changed from {} to 4",
                old.touchpoints[0]
                    .score
                    .map_or("nothing".to_owned(), |s| s.to_string())
            ),
            "Pain points of «Newsletter» changed from nothing to «Slow», «Noisy»".to_owned(),
            "Hypotheses of «Newsletter» changed from nothing to «Shorter» (Testing)".to_owned(),
            "Field «x-color» of «Newsletter» changed from nothing to «red»".to_owned(),
        ]
        .into_iter()
        // The sample's first card may already have some of these values.
        .filter(|s| !s.contains("from Email to Email")
            && !s.contains("«CRM» to «CRM»")
            && !s.contains("from 4 to 4"))
        .collect::<Vec<_>>()
    );
    let Change::TouchpointChanged {
        field, from, to, ..
    } = changes
        .iter()
        .find(|c| matches!(c, Change::TouchpointChanged { field, .. } if field == "x-color"))
        .unwrap()
    else {
        unreachable!()
    };
    assert_eq!(
        (field.as_str(), from, to),
        ("x-color", &None, &Some(serde_json::json!("red")))
    );
}

#[test]
fn removals_and_the_map_details_are_said() {
    let old = sample_map();
    let gone = old.touchpoints.last().unwrap().clone();
    let last_stage = old
        .stages
        .iter()
        .find(|s| s.id == gone.stage)
        .unwrap()
        .name
        .clone();
    let mut new = edited(
        &old,
        vec![
            Edit::DeleteTouchpoint {
                id: gone.id.clone(),
            },
            Edit::SetMapTitle {
                title: "Shop 2027".into(),
            },
            Edit::SetMapField {
                field: MapField::Notes("Check Q3".into()),
            },
            Edit::SetMapField {
                field: MapField::Personas(vec![Persona {
                    name: "Anna".into(),
                    description: String::new(),
                    goals: vec![],
                    extra: Default::default(),
                }]),
            },
            Edit::RenameStage {
                id: old.stages[1].id.clone(),
                name: "Compare".into(),
            },
        ],
    );
    new.extra
        .insert("x-owner".into(), serde_json::json!({"team": 3}));
    let changes = assert_replays(&old, &new);
    let said = en(&changes);
    assert_eq!(
        said[0],
        format!(
            "Title of the map changed from «{}» to «Shop 2027»",
            old.title
        )
    );
    assert!(
        said.iter()
            .any(|s| s.starts_with("Personas of the map changed from") && s.ends_with("to «Anna»")),
        "{said:#?}"
    );
    assert!(said.iter().any(|s| s.starts_with("Notes of the map changed from") && s.ends_with("to «Check Q3»")), "{said:#?}");
    assert!(
        said.contains(
            &"Field «x-owner» of the map changed from nothing to {\"team\":3}".to_owned()
        ),
        "{said:#?}"
    );
    assert!(
        said.contains(&format!(
            "Stage «{}» renamed to «Compare»",
            old.stages[1].name
        )),
        "{said:#?}"
    );
    assert_eq!(
        said.last().unwrap(),
        &format!("Card «{}» removed from {last_stage}", gone.title)
    );
    // The map's own changes come first.
    let map_level = changes
        .iter()
        .take_while(|c| matches!(c, Change::MapChanged { .. }))
        .count();
    assert_eq!(map_level, 4);
}

#[test]
fn stages_and_lanes_added_moved_renamed_removed_replay_and_are_said() {
    let old = generate_with_lanes(4, 3, 40, 3);
    let lane = old.lanes[2].clone();
    let doomed = old.stages[1].clone();
    let new = edited(
        &old,
        vec![
            Edit::MoveLane {
                id: lane.id.clone(),
                index: 0,
            },
            Edit::RenameLane {
                id: old.lanes[0].id.clone(),
                name: "Doing".into(),
            },
            Edit::AddLane {
                index: 3,
                name: "Ideas".into(),
            },
            Edit::DeleteStage {
                id: doomed.id.clone(),
            },
            Edit::AddStage {
                index: 3,
                name: "Advocacy".into(),
            },
        ],
    );
    let changes = assert_replays(&old, &new);
    let said = en(&changes);
    assert!(
        said.contains(&format!("Lane «{}» moved from row 3 to row 1", lane.name)),
        "{said:#?}"
    );
    assert!(
        said.contains(&format!("Lane «{}» renamed to «Doing»", old.lanes[0].name)),
        "{said:#?}"
    );
    assert!(said.contains(&"Lane «Ideas» added".to_owned()));
    assert!(said.contains(&"Stage «Advocacy» added".to_owned()));
    assert!(said.contains(&format!("Stage «{}» removed", doomed.name)));
    let removed_cards = old
        .touchpoints
        .iter()
        .filter(|t| t.stage == doomed.id)
        .count();
    assert_eq!(
        changes
            .iter()
            .filter(|c| matches!(c, Change::TouchpointRemoved { .. }))
            .count(),
        removed_cards
    );
    let a_card = old
        .touchpoints
        .iter()
        .find(|t| t.stage == doomed.id)
        .unwrap();
    let lane_name = &old.lanes.iter().find(|l| l.id == a_card.lane).unwrap().name;
    assert!(
        said.contains(&format!(
            "Card «{}» removed from {}, lane {lane_name}",
            a_card.title, doomed.name
        )),
        "{said:#?}"
    );
    // Nothing else moved: one lane and no stage (a deletion and an insertion shift the
    // others, which is no move).
    assert_eq!(
        changes
            .iter()
            .filter(|c| matches!(c, Change::LaneMoved { .. } | Change::StageMoved { .. }))
            .count(),
        1
    );

    // The removed stage's section comes after the new map's stages.
    let sections = sections(&old, &new, &changes);
    assert_eq!(sections[0].0, Section::Lanes);
    assert_eq!(
        sections.last().unwrap().0,
        Section::Stage {
            id: doomed.id.clone(),
            name: doomed.name.clone()
        }
    );
}

#[test]
fn a_move_to_another_lane_names_the_lanes() {
    let old = generate_with_lanes(3, 2, 12, 5);
    let card = old.touchpoints[0].clone();
    let other = old
        .lanes
        .iter()
        .find(|l| l.id != card.lane)
        .unwrap()
        .clone();
    let new = edited(
        &old,
        vec![Edit::MoveTouchpoint {
            id: card.id.clone(),
            to_stage: card.stage.clone(),
            index: 0,
            lane: Some(other.id.clone()),
        }],
    );
    let changes = assert_replays(&old, &new);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let s = &old.stages.iter().find(|s| s.id == card.stage).unwrap().name;
    let from_lane = &old.lanes.iter().find(|l| l.id == card.lane).unwrap().name;
    assert_eq!(
        en(&changes),
        [format!(
            "Card «{}» moved from {s}, lane {from_lane} to {s}, lane {}",
            card.title, other.name
        )]
    );
    assert!(changes[0].sentence(Language::Ru).contains("дорожка"));
}

#[test]
fn maps_with_no_shared_ids_diff_as_all_removed_and_all_added() {
    let old = sample_map();
    let new = generate_with_lanes(3, 0, 9, 11);
    let changes = assert_replays(&old, &new);
    let count = |f: fn(&Change) -> bool| changes.iter().filter(|c| f(c)).count();
    assert_eq!(
        count(|c| matches!(c, Change::StageRemoved { .. })),
        old.stages.len()
    );
    assert_eq!(
        count(|c| matches!(c, Change::StageAdded { .. })),
        new.stages.len()
    );
    assert_eq!(
        count(|c| matches!(c, Change::TouchpointRemoved { .. })),
        old.touchpoints.len()
    );
    assert_eq!(
        count(|c| matches!(c, Change::TouchpointAdded { .. })),
        new.touchpoints.len()
    );
    assert_eq!(
        count(|c| matches!(
            c,
            Change::TouchpointMoved { .. } | Change::StageMoved { .. }
        )),
        0
    );
}

#[test]
fn the_sentences_are_in_russian_and_polish() {
    let old = sample_map();
    let card = old.touchpoints[0].clone();
    let new = edited(
        &old,
        vec![
            Edit::SetSentiment {
                id: card.id.clone(),
                sentiment: if card.sentiment == Sentiment::Negative {
                    Sentiment::Positive
                } else {
                    Sentiment::Negative
                },
            },
            Edit::AddStage {
                index: 0,
                name: "Need".into(),
            },
            Edit::MoveTouchpoint {
                id: card.id.clone(),
                to_stage: stage(&old, &old.stages[2].name),
                index: 0,
                lane: None,
            },
            Edit::SetTouchpointField {
                id: card.id.clone(),
                field: TouchpointField::Owner("CRM".into()),
            },
        ],
    );
    let changes = assert_replays(&old, &new);
    let ru: Vec<String> = changes.iter().map(|c| c.sentence(Language::Ru)).collect();
    let pl: Vec<String> = changes.iter().map(|c| c.sentence(Language::Pl)).collect();
    assert!(ru.contains(&"Добавлен этап «Need»".to_owned()), "{ru:#?}");
    assert!(pl.contains(&"Dodano etap «Need»".to_owned()), "{pl:#?}");
    assert!(
        ru.iter().any(
            |s| s.starts_with(&format!("Карточка «{}» перемещена: ", card.title))
                && s.ends_with(&old.stages[2].name)
        ),
        "{ru:#?}"
    );
    assert!(
        pl.iter()
            .any(|s| s.starts_with(&format!("Karta «{}» przeniesiona: ", card.title))),
        "{pl:#?}"
    );
    assert!(
        ru.iter()
            .any(|s| s.starts_with(&format!("Оценка карточки «{}»: было ", card.title))),
        "{ru:#?}"
    );
    assert!(
        pl.iter()
            .any(|s| s.starts_with("Właściciel karty") && s.ends_with("jest «CRM»")),
        "{pl:#?}"
    );
    assert!(
        ru.iter()
            .any(|s| s.starts_with("Ответственный карточки") && s.ends_with("стало «CRM»")),
        "{ru:#?}"
    );
    let _ = tp(&new, &card.title);
}

#[test]
fn the_json_shape_is_the_documented_one_and_reads_back() {
    let old = sample_map();
    let card = old.touchpoints[0].clone();
    let mut new = edited(
        &old,
        vec![Edit::MoveTouchpoint {
            id: card.id.clone(),
            to_stage: old.stages[1].id.clone(),
            index: 1,
            lane: None,
        }],
    );
    new.touchpoints
        .iter_mut()
        .find(|t| t.id == card.id)
        .unwrap()
        .extra
        .insert("x-null".into(), Value::Null);
    let changes = diff(&old, &new);
    let json = serde_json::to_value(&changes).unwrap();
    assert_eq!(json[0]["kind"], "touchpointMoved");
    assert_eq!(json[0]["id"], card.id.as_str());
    assert_eq!(json[0]["to"]["stage"], old.stages[1].id.as_str());
    assert_eq!(json[0]["to"]["stageName"], old.stages[1].name.as_str());
    assert_eq!(json[0]["to"]["index"], 1);
    assert!(json[0]["to"]["after"].is_string());
    assert!(
        json[0]["from"].get("lane").is_none(),
        "no lane in a map without lanes"
    );
    // A field set to null is a change from absent (no "from") to null.
    assert_eq!(
        json[1],
        serde_json::json!({"kind": "touchpointChanged", "id": card.id, "title": card.title, "field": "x-null", "to": null})
    );
    let back: Vec<Change> = serde_json::from_value(json).unwrap();
    assert_eq!(back, changes);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Random edits of every kind (moves across stages and lanes, adds, deletes, renames,
    /// sentiments, details, lanes and stages added, moved, removed): the diff replays, and
    /// a map has no difference with itself.
    #[test]
    fn applying_the_diff_to_old_gives_new(lanes in 0..3usize, seeds in proptest::collection::vec(arb_seed(), 1..30)) {
        let old = if lanes == 0 { sample_map() } else { generate_with_lanes(4, lanes, 20, 9) };
        let mut new = old.clone();
        for seed in &seeds {
            let e = concrete(&new, seed);
            let _ = edit(&mut new, e);
        }
        let changes = diff(&old, &new);
        let replayed = apply(&old, &changes);
        prop_assert_eq!(to_canonical_json(&replayed), to_canonical_json(&normalized(&new)));
        prop_assert!(diff(&new, &new).is_empty());
        prop_assert!(diff(&replayed, &new).is_empty());
        // Each card is at most once moved, added or removed.
        let mut seen = HashSet::new();
        for c in &changes {
            if let Change::TouchpointMoved { id, .. } | Change::TouchpointAdded { id, .. } | Change::TouchpointRemoved { id, .. } = c {
                prop_assert!(seen.insert(id.clone()), "{} placed twice", id);
            }
            prop_assert!(!c.sentence(Language::En).is_empty());
        }
    }
}

/// The benchmark's case, smaller: many cards, many changes of every kind, with lanes.
#[test]
fn a_large_map_with_many_changes_replays() {
    let old = generate_with_lanes(12, 3, 1200, 4);
    let mut new = old.clone();
    let stages: Vec<String> = new.stages.iter().map(|s| s.id.clone()).collect();
    let lanes: Vec<String> = new.lanes.iter().map(|l| l.id.clone()).collect();
    for k in 0..100 {
        let t = &mut new.touchpoints[k * 12];
        match k % 4 {
            0 => t.title.push_str(" (new)"),
            1 => t.stage = stages[(k * 7) % stages.len()].clone(),
            2 => t.lane = lanes[(k + 1) % lanes.len()].clone(),
            _ => t.owner = "CRM".into(),
        }
    }
    new.touchpoints.swap(1, 5);
    let changes = assert_replays(&old, &new);
    let moves = changes
        .iter()
        .filter(|c| matches!(c, Change::TouchpointMoved { .. }))
        .count();
    let cell = |m: &Map, id: &str| {
        m.touchpoints
            .iter()
            .find(|t| t.id == id)
            .map(|t| (t.stage.clone(), t.lane.clone()))
    };
    let to_another_cell = old
        .touchpoints
        .iter()
        .filter(|t| cell(&old, &t.id) != cell(&new, &t.id))
        .count();
    assert!(
        to_another_cell > 20,
        "the edits moved cards: {to_another_cell}"
    );
    // Each card put in another cell is one move; swapping two cards of one cell adds at most
    // two (the cards between them keep their order with the rest).
    assert!(
        (to_another_cell..=to_another_cell + 2).contains(&moves),
        "{moves} moves, {to_another_cell} to another cell"
    );
    assert_eq!(
        changes
            .iter()
            .filter(|c| matches!(c, Change::TouchpointRenamed { .. }))
            .count(),
        25
    );
}

/// Hand-made maps may repeat ids (the loader gives new ones, a script may not): the diff
/// still answers, without a panic.
#[test]
fn repeated_ids_do_not_panic() {
    let old = sample_map();
    let mut new = old.clone();
    let twin = new.touchpoints[0].clone();
    new.touchpoints.push(twin);
    let stage = new.stages[0].clone();
    new.stages.push(stage);
    let changes = diff(&old, &new);
    let _ = apply(&old, &changes);
    let _ = diff(&new, &old);
    let _ = sections(&old, &new, &changes);
}

#[test]
fn metrics_ratings_feedback_and_the_maps_criteria_are_named_in_every_language() {
    use crate::model::{criterion_preset, Feedback, Metric};
    let old = sample_map();
    let id = old.touchpoints[1].id.clone();
    let mut criteria = old.criteria.clone();
    criteria.push(criterion_preset("engagement", Language::En));
    let new = edited(
        &old,
        vec![
            Edit::SetMapField { field: MapField::Criteria(criteria) },
            Edit::SetMetric { id: id.clone(), metric: Metric::new("NPS", 41.0) },
            Edit::SetRating { id: id.clone(), criterion: "engagement".into(), rating: Some(5) },
            Edit::AddFeedback {
                id: id.clone(),
                index: 0,
                feedback: Feedback { quote: "Shared it at once".into(), source: None, date: None, extra: Default::default() },
            },
        ],
    );
    let changes = assert_replays(&old, &new);
    let said = en(&changes).join("\n");
    for name in ["Metrics", "Ratings", "Feedback", "Evaluation criteria"] {
        assert!(said.contains(name), "{name} in:\n{said}");
    }
    assert!(said.contains("«NPS» 41"), "{said}");
    assert!(said.contains("«engagement» 5"), "{said}");
    assert!(said.contains("«Shared it at once»"), "{said}");
    let ru: String = changes.iter().map(|c| c.sentence(Language::Ru)).collect::<Vec<_>>().join("\n");
    for name in ["Метрики", "Оценки", "Отзывы", "Критерии оценки"] {
        assert!(ru.contains(name), "{name} in:\n{ru}");
    }
    let pl: String = changes.iter().map(|c| c.sentence(Language::Pl)).collect::<Vec<_>>().join("\n");
    for name in ["Metryki", "Oceny", "Opinie", "Kryteria oceny"] {
        assert!(pl.contains(name), "{name} in:\n{pl}");
    }
}
