use super::{Edit, MapDetails, MapField, PatchOp, TouchpointField};
use crate::language::Language;
use crate::messages::{text, Localize};
use crate::model::{same_metric_name, valid_date, valid_score, Lane, Map, Metric, Stage, Touchpoint};

/// What applying an edit did: the changes for the UI, the edit that undoes it, and the id
/// of an entity it created (for the UI to select).
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub patch: Vec<PatchOp>,
    pub inverse: Edit,
    pub created: Option<String>,
}

/// An edit that does not fit the map. The map is unchanged when one is returned.
/// `Display` in English; [`Localize`] in any language of the app.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub enum EditError {
    NoSuchStage(String),
    NoSuchTouchpoint(String),
    DuplicateId(String),
    NoSuchLane(String),
    BadScore(u8),
    BadDate(String),
    BadRating(u8),
    /// A metric value that is not a finite number.
    BadNumber(f64),
    DuplicateMetric(String),
    NoSuchMetric(String),
    NoSuchCriterion(String),
    DuplicateCriterion(String),
    /// A criterion some card is still rated on.
    CriterionInUse(String),
    NoSuchFeedback(usize),
    /// A value outside its metric's scale.
    OutOfScale { name: String, value: f64 },
}

impl Localize for EditError {
    fn message(&self, lang: Language) -> String {
        match self {
            EditError::NoSuchStage(id) => text(lang, "edit-no-such-stage", &[("id", id)]),
            EditError::NoSuchTouchpoint(id) => text(lang, "edit-no-such-touchpoint", &[("id", id)]),
            EditError::NoSuchLane(id) => text(lang, "edit-no-such-lane", &[("id", id)]),
            EditError::DuplicateId(id) => text(lang, "edit-duplicate-id", &[("id", id)]),
            EditError::BadScore(score) => text(lang, "edit-bad-score", &[("score", score)]),
            EditError::BadDate(date) => text(lang, "edit-bad-date", &[("date", date)]),
            EditError::BadRating(rating) => text(lang, "edit-bad-rating", &[("rating", rating)]),
            EditError::BadNumber(n) => text(lang, "edit-bad-number", &[("value", &n.to_string())]),
            EditError::DuplicateMetric(name) => text(lang, "edit-duplicate-metric", &[("name", name)]),
            EditError::NoSuchMetric(name) => text(lang, "edit-no-such-metric", &[("name", name)]),
            EditError::NoSuchCriterion(id) => text(lang, "edit-no-such-criterion", &[("id", id)]),
            EditError::DuplicateCriterion(id) => text(lang, "edit-duplicate-criterion", &[("id", id)]),
            EditError::CriterionInUse(id) => text(lang, "edit-criterion-in-use", &[("id", id)]),
            EditError::NoSuchFeedback(index) => text(lang, "edit-no-such-feedback", &[("index", index)]),
            EditError::OutOfScale { name, value } => {
                text(lang, "edit-out-of-scale", &[("name", name), ("value", &value.to_string())])
            }
        }
    }
}

/// Applies one edit. On error the map is left as it was.
pub fn apply(map: &mut Map, edit: Edit) -> Result<Applied, EditError> {
    match edit {
        Edit::SetMapTitle { title } => {
            let old = std::mem::replace(&mut map.title, title.clone());
            Ok(done(vec![PatchOp::MapTitle { title }], Edit::SetMapTitle { title: old }))
        }
        Edit::AddStage { index, name } => {
            let stage = Stage { id: map.fresh_id("stage"), name, extra: Default::default() };
            let mut applied = apply(map, Edit::InsertStage { stage, index })?;
            applied.created = applied.patch.iter().find_map(|op| match op {
                PatchOp::StageUpsert { stage, .. } => Some(stage.id.clone()),
                _ => None,
            });
            Ok(applied)
        }
        Edit::InsertStage { stage, index } => {
            if map.stage_index(&stage.id).is_some() {
                return Err(EditError::DuplicateId(stage.id));
            }
            let index = index.min(map.stages.len());
            map.stages.insert(index, stage.clone());
            let inverse = Edit::DeleteStage { id: stage.id.clone() };
            Ok(done(vec![PatchOp::StageUpsert { stage, index }], inverse))
        }
        Edit::RenameStage { id, name } => {
            let i = stage_at(map, &id)?;
            let old = std::mem::replace(&mut map.stages[i].name, name);
            let patch = vec![PatchOp::StageUpsert { stage: map.stages[i].clone(), index: i }];
            Ok(done(patch, Edit::RenameStage { id, name: old }))
        }
        Edit::MoveStage { id, index } => {
            let from = stage_at(map, &id)?;
            let stage = map.stages.remove(from);
            let index = index.min(map.stages.len());
            map.stages.insert(index, stage.clone());
            let patch = vec![PatchOp::StageUpsert { stage, index }];
            Ok(done(patch, Edit::MoveStage { id, index: from }))
        }
        Edit::DeleteStage { id } => {
            let at = stage_at(map, &id)?;
            let cards = map.cards_of(&id);
            let mut patch = Vec::with_capacity(cards.len() + 1);
            let mut undo = Vec::with_capacity(cards.len() + 1);
            // Positions are among the stage's cards, so putting them back in order, first
            // to last, rebuilds the column exactly.
            let mut taken = Vec::with_capacity(cards.len());
            for &i in cards.iter().rev() {
                taken.push(map.touchpoints.remove(i));
            }
            let stage = map.stages.remove(at);
            undo.push(Edit::InsertStage { stage, index: at });
            for (position, tp) in taken.into_iter().rev().enumerate() {
                patch.push(PatchOp::TouchpointRemove { id: tp.id.clone() });
                undo.push(Edit::InsertTouchpoint { touchpoint: tp, index: position });
            }
            patch.push(PatchOp::StageRemove { id });
            Ok(done(patch, Edit::Batch { edits: undo }))
        }
        Edit::AddTouchpoint { stage, index, title, sentiment, lane, channel } => {
            stage_at(map, &stage)?;
            let lane = match lane {
                Some(l) if !map.lanes.is_empty() => map.lanes[lane_at(map, &l)?].id.clone(),
                _ => map.lanes.first().map(|l| l.id.clone()).unwrap_or_default(),
            };
            let id = map.fresh_id("tp");
            let touchpoint = Touchpoint { id: id.clone(), stage, lane, title, sentiment, channel, ..Default::default() };
            let mut applied = apply(map, Edit::InsertTouchpoint { touchpoint, index })?;
            applied.created = Some(id);
            Ok(applied)
        }
        Edit::InsertTouchpoint { mut touchpoint, index } => {
            stage_at(map, &touchpoint.stage)?;
            if map.lanes.is_empty() {
                touchpoint.lane.clear();
            } else if map.lane_index(&touchpoint.lane).is_none() {
                touchpoint.lane = map.lanes[0].id.clone();
            }
            if map.touchpoint_index(&touchpoint.id).is_some() {
                return Err(EditError::DuplicateId(touchpoint.id));
            }
            let at = array_index_for(map, &touchpoint.stage, index);
            let id = touchpoint.id.clone();
            map.touchpoints.insert(at, touchpoint);
            // A card put back (an undone delete) is selected like a new one.
            let mut applied = done(vec![touchpoint_upsert(map, at)], Edit::DeleteTouchpoint { id: id.clone() });
            applied.created = Some(id);
            Ok(applied)
        }
        Edit::RenameTouchpoint { id, title } => {
            let i = touchpoint_at(map, &id)?;
            let old = std::mem::replace(&mut map.touchpoints[i].title, title);
            Ok(done(vec![touchpoint_upsert(map, i)], Edit::RenameTouchpoint { id, title: old }))
        }
        Edit::SetSentiment { id, sentiment } => {
            let i = touchpoint_at(map, &id)?;
            let old = std::mem::replace(&mut map.touchpoints[i].sentiment, sentiment);
            Ok(done(vec![touchpoint_upsert(map, i)], Edit::SetSentiment { id, sentiment: old }))
        }
        Edit::MoveTouchpoint { id, to_stage, index, lane } => {
            let from = touchpoint_at(map, &id)?;
            stage_at(map, &to_stage)?;
            if let Some(l) = &lane {
                lane_at(map, l)?;
            }
            let old_stage = map.touchpoints[from].stage.clone();
            let old_lane = map.touchpoints[from].lane.clone();
            let old_index = map.card_position(&id).unwrap_or(0);
            let mut tp = map.touchpoints.remove(from);
            tp.stage = to_stage;
            if let Some(l) = lane {
                tp.lane = l;
            }
            let at = array_index_for(map, &tp.stage, index);
            map.touchpoints.insert(at, tp);
            let old_lane = (!map.lanes.is_empty()).then_some(old_lane);
            let inverse = Edit::MoveTouchpoint { id, to_stage: old_stage, index: old_index, lane: old_lane };
            Ok(done(vec![touchpoint_upsert(map, at)], inverse))
        }
        Edit::SetMetric { id, metric } => {
            let i = touchpoint_at(map, &id)?;
            apply(map, Edit::SetTouchpointField { id, field: TouchpointField::Metrics(with_metric(&map.touchpoints[i], metric)) })
        }
        Edit::RemoveMetric { id, name } => {
            let i = touchpoint_at(map, &id)?;
            let mut metrics = map.touchpoints[i].metrics.clone();
            let at = metrics.iter().position(|m| same_metric_name(&m.name, &name)).ok_or(EditError::NoSuchMetric(name))?;
            metrics.remove(at);
            apply(map, Edit::SetTouchpointField { id, field: TouchpointField::Metrics(metrics) })
        }
        Edit::SetRating { id, criterion, rating } => {
            let i = touchpoint_at(map, &id)?;
            let mut ratings = map.touchpoints[i].ratings.clone();
            match rating {
                Some(r) => ratings.insert(criterion, r),
                None => ratings.remove(&criterion),
            };
            apply(map, Edit::SetTouchpointField { id, field: TouchpointField::Ratings(ratings) })
        }
        Edit::AddFeedback { id, index, feedback } => {
            let i = touchpoint_at(map, &id)?;
            let mut list = map.touchpoints[i].feedback.clone();
            list.insert(index.min(list.len()), feedback);
            apply(map, Edit::SetTouchpointField { id, field: TouchpointField::Feedback(list) })
        }
        Edit::EditFeedback { id, index, feedback } => {
            let i = touchpoint_at(map, &id)?;
            let mut list = map.touchpoints[i].feedback.clone();
            *list.get_mut(index).ok_or(EditError::NoSuchFeedback(index))? = feedback;
            apply(map, Edit::SetTouchpointField { id, field: TouchpointField::Feedback(list) })
        }
        Edit::RemoveFeedback { id, index } => {
            let i = touchpoint_at(map, &id)?;
            let mut list = map.touchpoints[i].feedback.clone();
            if index >= list.len() {
                return Err(EditError::NoSuchFeedback(index));
            }
            list.remove(index);
            apply(map, Edit::SetTouchpointField { id, field: TouchpointField::Feedback(list) })
        }
        Edit::RemoveCriterion { id } => {
            if !map.criteria.iter().any(|c| c.id == id) {
                return Err(EditError::NoSuchCriterion(id));
            }
            let mut edits: Vec<Edit> = map
                .touchpoints
                .iter()
                .filter(|t| t.ratings.contains_key(&id))
                .map(|t| {
                    let mut ratings = t.ratings.clone();
                    ratings.remove(&id);
                    Edit::SetTouchpointField { id: t.id.clone(), field: TouchpointField::Ratings(ratings) }
                })
                .collect();
            let criteria = map.criteria.iter().filter(|c| c.id != id).cloned().collect();
            edits.push(Edit::SetMapField { field: MapField::Criteria(criteria) });
            apply_batch(map, edits)
        }
        Edit::SetTouchpointField { id, field } => {
            let i = touchpoint_at(map, &id)?;
            if let TouchpointField::Ratings(ratings) = &field {
                if let Some(unknown) = ratings.keys().find(|k| !map.criteria.iter().any(|c| &c.id == *k)) {
                    return Err(EditError::NoSuchCriterion(unknown.clone()));
                }
            }
            if let TouchpointField::Metrics(metrics) = &field {
                metrics.iter().try_for_each(|m| within_scale(map, m))?;
            }
            let old = set_touchpoint_field(&mut map.touchpoints[i], field)?;
            Ok(done(vec![touchpoint_upsert(map, i)], Edit::SetTouchpointField { id, field: old }))
        }
        Edit::SetMapField { field } => {
            let old = set_map_field(map, field)?;
            Ok(done(vec![PatchOp::MapDetails { details: MapDetails::of(map) }], Edit::SetMapField { field: old }))
        }
        Edit::AddLane { index, name } => {
            let lane = Lane { id: map.fresh_id("lane"), name, extra: Default::default() };
            let id = lane.id.clone();
            let mut applied = apply(map, Edit::InsertLane { lane, index })?;
            applied.created = Some(id);
            Ok(applied)
        }
        Edit::InsertLane { lane, index } => {
            if map.lane_index(&lane.id).is_some() || map.stage_index(&lane.id).is_some() {
                return Err(EditError::DuplicateId(lane.id));
            }
            let index = index.min(map.lanes.len());
            let first = map.lanes.is_empty();
            map.lanes.insert(index, lane.clone());
            let mut patch = vec![PatchOp::LaneUpsert { lane: lane.clone(), index }];
            // The first lane takes in every card: a map without lanes is one row.
            if first {
                for i in 0..map.touchpoints.len() {
                    map.touchpoints[i].lane = lane.id.clone();
                    patch.push(touchpoint_upsert(map, i));
                }
            }
            Ok(done(patch, Edit::DeleteLane { id: lane.id }))
        }
        Edit::RenameLane { id, name } => {
            let i = lane_at(map, &id)?;
            let old = std::mem::replace(&mut map.lanes[i].name, name);
            let patch = vec![PatchOp::LaneUpsert { lane: map.lanes[i].clone(), index: i }];
            Ok(done(patch, Edit::RenameLane { id, name: old }))
        }
        Edit::MoveLane { id, index } => {
            let from = lane_at(map, &id)?;
            let lane = map.lanes.remove(from);
            let index = index.min(map.lanes.len());
            map.lanes.insert(index, lane.clone());
            Ok(done(vec![PatchOp::LaneUpsert { lane, index }], Edit::MoveLane { id, index: from }))
        }
        Edit::DeleteLane { id } => {
            let at = lane_at(map, &id)?;
            let lane = map.lanes.remove(at);
            // The cards go to the lane now in its place, or the one before; with no lane
            // left they stay, in a map without lanes.
            let heir = map.lanes.get(at).or_else(|| map.lanes.last()).map(|l| l.id.clone()).unwrap_or_default();
            let mut patch = Vec::new();
            let mut moved = Vec::new();
            for i in 0..map.touchpoints.len() {
                if map.touchpoints[i].lane == id || map.lanes.is_empty() {
                    map.touchpoints[i].lane = heir.clone();
                    moved.push(map.touchpoints[i].id.clone());
                    patch.push(touchpoint_upsert(map, i));
                }
            }
            patch.push(PatchOp::LaneRemove { id: id.clone() });
            let mut undo = vec![Edit::InsertLane { lane, index: at }];
            // Putting back the only lane takes in every card by itself.
            if !map.lanes.is_empty() {
                for card in moved {
                    let stage = map.touchpoints[touchpoint_at(map, &card)?].stage.clone();
                    let index = map.card_position(&card).unwrap_or(0);
                    undo.push(Edit::MoveTouchpoint { id: card, to_stage: stage, index, lane: Some(id.clone()) });
                }
            }
            Ok(done(patch, Edit::Batch { edits: undo }))
        }
        Edit::DeleteTouchpoint { id } => {
            let i = touchpoint_at(map, &id)?;
            let position = map.card_position(&id).unwrap_or(0);
            let touchpoint = map.touchpoints.remove(i);
            let patch = vec![PatchOp::TouchpointRemove { id }];
            Ok(done(patch, Edit::InsertTouchpoint { touchpoint, index: position }))
        }
        Edit::Batch { edits } => apply_batch(map, edits),
        Edit::ReplaceMap { map: new } => {
            let mut patch = super::patch_between(map, &new);
            // What the mirror does not show changed (the recorded conflicts, unknown
            // fields): the patch still must not be empty, or the document would take the
            // edit for no change and keep neither the undo step nor the unsaved mark.
            if patch.is_empty() && *map != *new {
                patch.push(PatchOp::MapDetails { details: MapDetails::of(&new) });
            }
            let old = std::mem::replace(map, *new);
            Ok(done(patch, Edit::ReplaceMap { map: Box::new(old) }))
        }
    }
}

/// Applies edits in order; if one fails, the ones before it are undone so that the batch
/// is all or nothing.
fn apply_batch(map: &mut Map, edits: Vec<Edit>) -> Result<Applied, EditError> {
    let mut patch = Vec::new();
    let mut inverses = Vec::with_capacity(edits.len());
    let mut created = None;
    for edit in edits {
        match apply(map, edit) {
            Ok(a) => {
                patch.extend(a.patch);
                inverses.push(a.inverse);
                created = a.created.or(created);
            }
            Err(e) => {
                for inverse in inverses.into_iter().rev() {
                    // Each inverse was produced against the state it now meets, so it applies.
                    let _ = apply(map, inverse);
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Applied { patch, inverse: Edit::Batch { edits: inverses }, created })
}

fn done(patch: Vec<PatchOp>, inverse: Edit) -> Applied {
    Applied { patch, inverse, created: None }
}

/// Sets one detail and returns the old value, as the edit that puts it back.
fn set_touchpoint_field(tp: &mut Touchpoint, field: TouchpointField) -> Result<TouchpointField, EditError> {
    use std::mem::replace;
    use TouchpointField as F;
    Ok(match field {
        F::Description(v) => F::Description(replace(&mut tp.description, v)),
        F::Channel(v) => F::Channel(replace(&mut tp.channel, v)),
        F::Presence(v) => F::Presence(replace(&mut tp.presence, v)),
        F::Owner(v) => F::Owner(replace(&mut tp.owner, v)),
        F::Control(v) => F::Control(replace(&mut tp.control, v)),
        F::Horizon(v) => F::Horizon(replace(&mut tp.horizon, v)),
        F::Frequency(v) => F::Frequency(replace(&mut tp.frequency, v)),
        F::Score(Some(s)) if !valid_score(s) => return Err(EditError::BadScore(s)),
        F::Score(v) => F::Score(replace(&mut tp.score, v)),
        F::PainPoints(v) => F::PainPoints(replace(&mut tp.pain_points, v)),
        F::Delights(v) => F::Delights(replace(&mut tp.delights, v)),
        F::Hypotheses(v) => F::Hypotheses(replace(&mut tp.hypotheses, v)),
        F::Metrics(v) => {
            check_metrics(&v)?;
            F::Metrics(replace(&mut tp.metrics, v))
        }
        F::Ratings(v) => {
            if let Some(&bad) = v.values().find(|&&r| !valid_score(r)) {
                return Err(EditError::BadRating(bad));
            }
            F::Ratings(replace(&mut tp.ratings, v))
        }
        F::Feedback(v) => {
            if let Some(d) = v.iter().filter_map(|f| f.date.as_ref()).find(|d| !valid_date(d)) {
                return Err(EditError::BadDate(d.clone()));
            }
            F::Feedback(replace(&mut tp.feedback, v))
        }
    })
}

/// The card's metrics with `metric` in place of the one of its name, or added last.
fn with_metric(tp: &Touchpoint, metric: Metric) -> Vec<Metric> {
    let mut metrics = tp.metrics.clone();
    match metrics.iter().position(|m| same_metric_name(&m.name, &metric.name)) {
        Some(at) => metrics[at] = metric,
        None => metrics.push(metric),
    }
    metrics
}

/// [`Edit::SetMetric`] on the card at index `i`, checked alike, without a patch or an undo
/// step: for a sheet of values applied at once, where finding each card by its id would
/// cost a pass over the map for every value.
pub fn set_metric_at(map: &mut Map, i: usize, metric: Metric) -> Result<(), EditError> {
    let metrics = with_metric(&map.touchpoints[i], metric);
    metrics.iter().try_for_each(|m| within_scale(map, m))?;
    set_touchpoint_field(&mut map.touchpoints[i], TouchpointField::Metrics(metrics))?;
    Ok(())
}

fn within_scale(map: &Map, m: &Metric) -> Result<(), EditError> {
    let rule = map.metric_rule(&m.name);
    let below = rule.min.is_some_and(|min| m.value < min);
    let above = rule.max.is_some_and(|max| m.value > max);
    if below || above {
        return Err(EditError::OutOfScale { name: m.name.clone(), value: m.value });
    }
    Ok(())
}

/// What the loader would repair is refused as an edit: one metric per name, finite
/// numbers, dates that are dates.
fn check_metrics(metrics: &[Metric]) -> Result<(), EditError> {
    for (j, m) in metrics.iter().enumerate() {
        if metrics[..j].iter().any(|o| same_metric_name(&o.name, &m.name)) {
            return Err(EditError::DuplicateMetric(m.name.clone()));
        }
        if let Some(bad) = [Some(m.value), m.target].into_iter().flatten().find(|n| !n.is_finite()) {
            return Err(EditError::BadNumber(bad));
        }
        if let Some(d) = m.date.as_ref().filter(|d| !valid_date(d)) {
            return Err(EditError::BadDate(d.clone()));
        }
    }
    Ok(())
}

fn set_map_field(map: &mut Map, field: MapField) -> Result<MapField, EditError> {
    use std::mem::replace;
    Ok(match field {
        MapField::Personas(v) => MapField::Personas(replace(&mut map.personas, v)),
        MapField::CustomerGoals(v) => MapField::CustomerGoals(replace(&mut map.customer_goals, v)),
        MapField::BusinessGoals(v) => MapField::BusinessGoals(replace(&mut map.business_goals, v)),
        MapField::Notes(v) => MapField::Notes(replace(&mut map.notes, v)),
        MapField::LastReview(Some(d)) if !valid_date(&d) => return Err(EditError::BadDate(d)),
        MapField::LastReview(v) => MapField::LastReview(replace(&mut map.last_review, v)),
        MapField::MetricDefinitions(v) => {
            for (j, d) in v.iter().enumerate() {
                if v[..j].iter().any(|o| same_metric_name(&o.name, &d.name)) {
                    return Err(EditError::DuplicateMetric(d.name.clone()));
                }
                if let Some(bad) = [d.min, d.max, d.target].into_iter().flatten().find(|n| !n.is_finite()) {
                    return Err(EditError::BadNumber(bad));
                }
            }
            let old = replace(&mut map.metric_definitions, v);
            // A scale that leaves a card's value outside it is refused, as the loader would
            // repair that value.
            let outside = map.touchpoints.iter().flat_map(|t| &t.metrics).map(|m| within_scale(map, m)).find(Result::is_err);
            if let Some(Err(e)) = outside {
                map.metric_definitions = old;
                return Err(e);
            }
            MapField::MetricDefinitions(old)
        }
        MapField::Criteria(v) => {
            for (j, c) in v.iter().enumerate() {
                if c.id.is_empty() || v[..j].iter().any(|o| o.id == c.id) {
                    return Err(EditError::DuplicateCriterion(c.id.clone()));
                }
            }
            let in_use = map.touchpoints.iter().flat_map(|t| t.ratings.keys()).find(|k| !v.iter().any(|c| &c.id == *k));
            if let Some(id) = in_use {
                return Err(EditError::CriterionInUse(id.clone()));
            }
            MapField::Criteria(replace(&mut map.criteria, v))
        }
    })
}

fn lane_at(map: &Map, id: &str) -> Result<usize, EditError> {
    map.lane_index(id).ok_or_else(|| EditError::NoSuchLane(id.to_owned()))
}

fn stage_at(map: &Map, id: &str) -> Result<usize, EditError> {
    map.stage_index(id).ok_or_else(|| EditError::NoSuchStage(id.to_owned()))
}

fn touchpoint_at(map: &Map, id: &str) -> Result<usize, EditError> {
    map.touchpoint_index(id).ok_or_else(|| EditError::NoSuchTouchpoint(id.to_owned()))
}

/// Where in the flat touchpoint array a card must go to be the `index`-th card of `stage`.
fn array_index_for(map: &Map, stage: &str, index: usize) -> usize {
    let cards = map.cards_of(stage);
    match cards.get(index) {
        Some(&i) => i,
        None => cards.last().map(|&i| i + 1).unwrap_or(map.touchpoints.len()),
    }
}

fn touchpoint_upsert(map: &Map, array_index: usize) -> PatchOp {
    let touchpoint = map.touchpoints[array_index].clone();
    let index = map.touchpoints[..array_index].iter().filter(|t| t.stage == touchpoint.stage).count();
    PatchOp::TouchpointUpsert { touchpoint, index }
}
