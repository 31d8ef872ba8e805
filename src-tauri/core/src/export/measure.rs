//! The board's one measure as the exports show it: a badge on each card that measures it
//! and a line under each stage header, worded as the app's board words them and read by
//! the core's one rule ([`ShownMeasure::reading`]), so the picture, the page and the app
//! agree on every value, sign and colour.

use super::Labels;
use crate::model::{ShownMeasure, StageSum, Touchpoint};

/// The heat view's colours, worst step first: the line and the soft background.
pub const HEAT: [(&str, &str); crate::model::HEAT_STEPS] = [
    ("#c9453e", "#f9e1df"),
    ("#dc7a34", "#fcebdc"),
    ("#caa019", "#faf1d3"),
    ("#78a83a", "#eaf3dc"),
    ("#1f8f52", "#ddf0e5"),
];
/// A card the measure does not reach: hatched in these greys.
pub const HEAT_NONE_LINE: &str = "#c5cbd4";
pub const HEAT_NONE_SOFT: &str = "#f0f2f5";

/// A card's value of the measure, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Badge {
    /// ✓ or ✗ beside the value when it has a target; never colour alone.
    pub on_target: Option<bool>,
    pub name: String,
    /// "42", "2.4 %", "4/5".
    pub value: String,
    /// The whole badge in words, for tooltips and screen readers.
    pub spoken: String,
    /// The heat view's step, 0 (worst) to 4.
    pub heat: usize,
}

/// What a stage's header says of the measure.
#[derive(Debug, Clone, PartialEq)]
pub struct StageLine {
    pub text: String,
    /// False for "NPS: not measured", drawn quieter.
    pub measured: bool,
}

/// A value with its unit, as the board writes it: "2.4 %" (a no-break space between).
fn with_unit(labels: &Labels, value: f64, digits: usize, unit: Option<&str>) -> String {
    let number = labels.number(value, digits);
    match unit.map(str::trim).filter(|u| !u.is_empty()) {
        Some(unit) => format!("{number}\u{a0}{unit}"),
        None => number,
    }
}

/// The card's badge; `None` when the card does not measure `shown`.
pub fn badge(shown: &ShownMeasure, card: &Touchpoint, labels: &Labels) -> Option<Badge> {
    let reading = shown.reading(card)?;
    let heat = reading.heat_step();
    if shown.sum == StageSum::Rating {
        let number = labels.number(reading.value, 0);
        return Some(Badge {
            on_target: None,
            name: shown.name.clone(),
            value: format!("{number}/5"),
            spoken: labels.measure_text("card-rating", &shown.name, &number, ""),
            heat,
        });
    }
    let value = with_unit(labels, reading.value, 10, reading.unit.as_deref());
    let (key, target) = match (reading.on_target, reading.target) {
        (Some(true), Some(t)) => ("card-metric-on-target", labels.number(t, 10)),
        (Some(false), Some(t)) => ("card-metric-off-target", labels.number(t, 10)),
        _ => ("card-metric", String::new()),
    };
    Some(Badge {
        on_target: reading.on_target,
        spoken: labels.measure_text(key, &shown.name, &value, &target),
        name: shown.name.clone(),
        value,
        heat,
    })
}

/// The line under the header of the stage at `index` (in the map's order).
pub fn stage_line(shown: &ShownMeasure, index: usize, labels: &Labels) -> StageLine {
    let Some(value) = shown.stages.get(index).copied().flatten() else {
        return StageLine { text: labels.measure_text("stage-measure-none", &shown.name, "", ""), measured: false };
    };
    // A mean of small numbers keeps a decimal (3.5 of 5); bigger ones read better whole.
    let digits = if value.abs() < 10.0 { 1 } else { 0 };
    let key = match shown.sum {
        StageSum::Mean => "stage-measure-mean",
        StageSum::Sum => "stage-measure-sum",
        StageSum::Rating => "stage-measure-rating",
    };
    let unit = if shown.sum == StageSum::Rating { None } else { shown.unit.as_deref() };
    StageLine { text: labels.measure_text(key, &shown.name, &with_unit(labels, value, digits, unit), ""), measured: true }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Language;
    use crate::model::{sample_map, BoardMeasure, Map, Metric, Stage};

    fn two_stages() -> Map {
        let mut map = Map::new("m");
        map.stages = ["a", "b"].iter().map(|s| Stage { id: (*s).into(), name: (*s).into(), ..Default::default() }).collect();
        map.criteria.push(crate::model::criterion_preset("design", Language::En));
        let metrics = vec![Metric::new("NPS", 20.0), Metric::new("Reach", 500.0), Metric::new("Conversion rate", 2.45)];
        map.touchpoints.push(Touchpoint { id: "1".into(), stage: "a".into(), metrics, ..Default::default() });
        map.touchpoints[0].ratings.insert("design".into(), 4);
        map.touchpoints.push(Touchpoint { id: "2".into(), stage: "a".into(), ..Default::default() });
        map.touchpoints[1].ratings.insert("design".into(), 3);
        map
    }

    fn shown(map: &Map, choice: BoardMeasure) -> ShownMeasure {
        map.measures().shown(Some(&choice)).unwrap()
    }

    #[test]
    fn stage_lines_say_the_mean_the_total_the_rating_or_that_nothing_is_measured() {
        let map = two_stages();
        let en = Labels::get(Language::En);
        let nps = shown(&map, BoardMeasure::Metric { name: "NPS".into() });
        assert_eq!(stage_line(&nps, 0, en).text, "NPS, mean: 20");
        assert_eq!(stage_line(&nps, 1, en), StageLine { text: "NPS: not measured".into(), measured: false });
        let reach = shown(&map, BoardMeasure::Metric { name: "reach".into() });
        assert_eq!(stage_line(&reach, 0, en).text, "Reach, total: 500");
        let design = shown(&map, BoardMeasure::Criterion { id: "design".into() });
        assert_eq!(stage_line(&design, 0, en).text, "Design and quality: 3.5 of 5");
        assert_eq!(stage_line(&design, 0, Labels::get(Language::Ru)).text, "Design and quality: 3,5 из 5", "the map's own name, untranslated");
        let rate = shown(&map, BoardMeasure::Metric { name: "Conversion rate".into() });
        assert_eq!(stage_line(&rate, 0, en).text, "Conversion rate, mean: 2.5\u{a0}%", "one decimal, the preset's unit");
        assert_eq!(stage_line(&rate, 7, en).measured, false, "a stage past the end is not measured");
    }

    #[test]
    fn badges_carry_a_sign_only_with_a_target_and_spell_themselves_out() {
        let mut map = two_stages();
        map.touchpoints[0].metrics[0].target = Some(30.0);
        let en = Labels::get(Language::En);
        let nps = shown(&map, BoardMeasure::Metric { name: "NPS".into() });
        let b = badge(&nps, &map.touchpoints[0], en).unwrap();
        assert_eq!((b.on_target, b.name.as_str(), b.value.as_str()), (Some(false), "NPS", "20"));
        assert_eq!(b.spoken, "NPS: 20, target 30 missed");
        assert_eq!(b.heat, 3, "20 on -100..100 is 0.6 of the way");
        assert_eq!(badge(&nps, &map.touchpoints[1], en), None);
        let rate = shown(&map, BoardMeasure::Metric { name: "Conversion rate".into() });
        let b = badge(&rate, &map.touchpoints[0], Labels::get(Language::Pl)).unwrap();
        assert_eq!((b.on_target, b.value.as_str()), (None, "2,45\u{a0}%"));
        let design = shown(&map, BoardMeasure::Criterion { id: "design".into() });
        let b = badge(&design, &map.touchpoints[1], en).unwrap();
        assert_eq!((b.on_target, b.value.as_str(), b.spoken.as_str()), (None, "3/5", "Design and quality: 3 of 5"));
    }

    #[test]
    fn numbers_follow_the_language_and_drop_trailing_zeros() {
        let (en, ru) = (Labels::get(Language::En), Labels::get(Language::Ru));
        assert_eq!(en.number(20.0, 1), "20");
        assert_eq!(en.number(-0.04, 1), "0");
        assert_eq!(en.number(3.25, 10), "3.25");
        assert_eq!(ru.number(-12.5, 1), "-12,5");
        assert_eq!(en.number(12345.0, 0), "12345", "no grouping");
        assert_eq!((en.number(22.5, 0), en.number(-23.5, 0), en.number(2.45, 1)), ("23".into(), "-24".into(), "2.5".into()), "halves away from zero");
    }

    #[test]
    fn the_sample_shows_its_first_metric_with_targets() {
        let map = sample_map();
        let nps = map.measures().shown(None).unwrap();
        assert_eq!(nps.name, "NPS");
        let badges: Vec<Badge> = map.touchpoints.iter().filter_map(|t| badge(&nps, t, Labels::get(Language::En))).collect();
        assert!(!badges.is_empty() && badges.iter().all(|b| b.on_target.is_some()), "the sample's NPS has a target");
    }
}
