//! The map as a Mermaid `journey` diagram, for wikis and repositories that draw Mermaid
//! (GitHub, GitLab, Notion, Obsidian): the title, a `section` per stage, a task per card
//! with its score and its owner as the actors. What the grammar allows in a name is the
//! import's knowledge (`import/mermaid.rs`), so that what one writes the other reads.

use super::stages_with_cards;
use crate::import::mermaid::{escape, score_of, Place};
use crate::model::{Map, Touchpoint};

/// The diagram, one statement a line, ending with a line break.
///
/// A map with lanes has its cards in stage order, each stage's cards lane by lane (the
/// lanes in their order, then any card whose lane is gone); an empty stage is an empty
/// section, which the grammar allows; an untitled map has no `title` line.
pub fn render(map: &Map) -> String {
    let mut out = String::from("journey\n");
    let title = escape(&map.title, Place::Title);
    if !title.is_empty() {
        out.push_str(&format!("  title {title}\n"));
    }
    for (stage, cards) in stages_with_cards(map) {
        out.push_str(&format!("  section {}\n", escape(&stage.name, Place::Section)));
        for card in lane_by_lane(map, cards) {
            out.push_str(&task(card));
        }
    }
    out
}

fn lane_by_lane<'a>(map: &Map, cards: Vec<&'a Touchpoint>) -> Vec<&'a Touchpoint> {
    if map.lanes.is_empty() {
        return cards;
    }
    let rank = |t: &Touchpoint| map.lanes.iter().position(|l| l.id == t.lane).unwrap_or(map.lanes.len());
    let mut cards = cards;
    // Stable: the cards of a lane keep their order.
    cards.sort_by_key(|t| rank(t));
    cards
}

fn task(card: &Touchpoint) -> String {
    let mut line = format!("    {}: {}", escape(&card.title, Place::Task), score_of(card));
    let actors: Vec<String> = card
        .owner
        .split(',')
        .map(|a| escape(a, Place::Actors))
        .filter(|a| !a.is_empty())
        .collect();
    if !actors.is_empty() {
        line.push_str(&format!(": {}", actors.join(", ")));
    }
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{sample_map, Lane, Sentiment, Stage};

    fn stage(id: &str, name: &str) -> Stage {
        Stage { id: id.into(), name: name.into(), extra: Default::default() }
    }

    fn card(stage: &str, title: &str, sentiment: Sentiment) -> Touchpoint {
        Touchpoint { id: format!("t-{title}"), stage: stage.into(), title: title.into(), sentiment, ..Default::default() }
    }

    #[test]
    fn a_small_map_is_a_journey_with_sections_tasks_scores_and_actors() {
        let mut map = Map::new("Buying shoes");
        map.stages = vec![stage("a", "Awareness"), stage("b", "Purchase"), stage("c", "Empty")];
        let mut ad = card("a", "Sees an ad", Sentiment::Positive);
        ad.owner = "Marketing, Sales".into();
        let mut pay = card("b", "Pays", Sentiment::Positive);
        pay.score = Some(2);
        map.touchpoints = vec![ad, pay, card("a", "Reads reviews", Sentiment::Negative), card("b", "Waits", Sentiment::Neutral)];
        assert_eq!(
            render(&map),
            "journey\n  title Buying shoes\n  section Awareness\n    Sees an ad: 5: Marketing, Sales\n    Reads reviews: 1\n  \
             section Purchase\n    Pays: 2\n    Waits: 3\n  section Empty\n"
        );
    }

    #[test]
    fn hostile_text_is_kept_on_its_line_without_the_grammars_characters() {
        let mut map = Map::new("Q3: #1; new\nline");
        map.stages = vec![stage("a", "Этап: 1 # ; \n Etap żółć 🙂"), stage("b", "  ")];
        let mut t = card("a", "journey: a#b;c\n%%d", Sentiment::Neutral);
        t.owner = "Dział: sprzedaży;, ;# ".into();
        map.touchpoints = vec![t, card("b", "", Sentiment::Negative), card("b", "%% hidden", Sentiment::Positive)];
        let text = render(&map);
        assert_eq!(text.lines().count(), 7, "{text}");
        assert_eq!(text.lines().nth(1), Some("  title Q3: ＃1； new line"));
        assert_eq!(text.lines().nth(2), Some("  section Этап꞉ 1 ＃ ； Etap żółć 🙂"));
        assert_eq!(text.lines().nth(3), Some("    j\u{2060}ourney꞉ a＃b；c %%d: 3: Dział꞉ sprzedaży；, ；＃"));
        assert_eq!(text.lines().nth(4), Some("  section \u{2060}"));
        assert_eq!(text.lines().nth(5), Some("    \u{2060}: 1"));
        assert_eq!(text.lines().nth(6), Some("    \u{2060}\u{2060}%% hidden: 5"));
        for line in text.lines() {
            assert!(!line.contains(['#', ';']), "{line}");
        }
    }

    #[test]
    fn cards_go_lane_by_lane_within_each_stage() {
        let mut map = Map::new("");
        map.stages = vec![stage("a", "A"), stage("b", "B")];
        map.lanes = ["one", "two"].map(|id| Lane { id: id.into(), name: id.into(), extra: Default::default() }).to_vec();
        let mut cards = Vec::new();
        for (st, lane, title) in [("b", "two", "b2"), ("a", "two", "a2"), ("a", "one", "a1"), ("b", "one", "b1"), ("a", "two", "a2b"), ("a", "gone", "a?")] {
            let mut c = card(st, title, Sentiment::Neutral);
            c.lane = lane.into();
            cards.push(c);
        }
        map.touchpoints = cards;
        let titles: Vec<String> =
            render(&map).lines().filter(|l| l.starts_with("    ")).map(|l| l.trim().split(':').next().unwrap().to_owned()).collect();
        assert_eq!(titles, ["a1", "a2", "a2b", "a?", "b1", "b2"]);
        assert!(!render(&map).contains("title"), "no title line for an untitled map");
    }

    #[test]
    fn the_sample_map_has_a_task_per_card() {
        let map = sample_map();
        let text = render(&map);
        assert_eq!(text.lines().filter(|l| l.starts_with("  section ")).count(), map.stages.len());
        assert_eq!(text.lines().filter(|l| l.starts_with("    ")).count(), map.touchpoints.len());
    }
}
