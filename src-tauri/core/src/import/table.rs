//! A sheet of rows, from a CSV file or a workbook, read into a map: which column holds what
//! (guessed from the header in English, Russian or Polish, changeable by the user), then
//! one card per row. Our own CSV and XLSX exports read back to the map they came from.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::measure_columns::{better_of, measure_column, MeasureColumn, MetricField};
use super::{ImportError, Imported, Note, Problem};
use crate::i18n::text;
use crate::language::Language;
use crate::model::{
    criterion_preset, new_id, same_metric_name, valid_date, Better, Criterion, Hypothesis, HypothesisStatus, Lane, Map,
    Metric, MetricDefinition, Sentiment, Stage, Touchpoint, CRITERION_PRESETS, METRIC_PRESETS,
};

/// The cells of a sheet, row by row, as texts; `first_row` is the sheet's number of the
/// first row (1 for a CSV file), so that notes name rows as the spreadsheet shows them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub rows: Vec<Vec<String>>,
    pub first_row: usize,
    /// The sheet's index of the first column (0 is column A).
    pub first_column: usize,
}

/// What a column holds. `Keep` keeps each cell as an unknown field of its card, named by
/// the column's header, so that nothing of a sheet is lost; `Ignore` leaves the column out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    Stage,
    StageNumber,
    Order,
    Title,
    Sentiment,
    Id,
    StageId,
    Lane,
    Description,
    Channel,
    Presence,
    Owner,
    Control,
    Horizon,
    Frequency,
    Score,
    PainPoints,
    Delights,
    Hypotheses,
    Keep,
    Ignore,
}

impl Role {
    /// The roles a column can be given, in the order our export writes them.
    pub const ALL: [Role; 21] = [
        Role::Stage,
        Role::StageNumber,
        Role::Order,
        Role::Title,
        Role::Sentiment,
        Role::Id,
        Role::StageId,
        Role::Lane,
        Role::Description,
        Role::Channel,
        Role::Presence,
        Role::Owner,
        Role::Control,
        Role::Horizon,
        Role::Frequency,
        Role::Score,
        Role::PainPoints,
        Role::Delights,
        Role::Hypotheses,
        Role::Keep,
        Role::Ignore,
    ];

    /// The catalogue's name of the column our export writes for this role.
    fn label_id(self) -> Option<&'static str> {
        Some(match self {
            Role::Stage => "label-col-stage",
            Role::StageNumber => "label-col-stage-number",
            Role::Order => "label-col-order",
            Role::Title => "label-col-title",
            Role::Sentiment => "label-col-sentiment",
            Role::Id => "label-col-id",
            Role::StageId => "label-col-stage-id",
            Role::Lane => "label-col-lane",
            Role::Description => "label-col-description",
            Role::Channel => "label-col-channel",
            Role::Presence => "label-col-presence",
            Role::Owner => "label-col-owner",
            Role::Control => "label-col-control",
            Role::Horizon => "label-col-horizon",
            Role::Frequency => "label-col-frequency",
            Role::Score => "label-col-score",
            Role::PainPoints => "label-col-pain-points",
            Role::Delights => "label-col-delights",
            Role::Hypotheses => "label-col-hypotheses",
            Role::Keep | Role::Ignore => return None,
        })
    }

    /// Headers people write by hand for this role, beside our export's own, in the three
    /// languages, compared as [`normalise`] leaves them.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Role::Stage => &["stage", "phase", "step", "journey stage", "stage name", "этап", "стадия", "фаза", "шаг", "этап пути", "etap", "faza", "krok", "etap ścieżki"],
            Role::StageNumber => &["stage number", "stage no", "stage #", "номер этапа", "№ этапа", "numer etapu", "nr etapu"],
            Role::Order => &["order", "position", "порядок", "позиция", "kolejność", "pozycja"],
            Role::Title => &[
                "touchpoint", "touch point", "touchpoints", "touchpoint name", "title", "name", "точка контакта", "точки контакта",
                "название", "название точки контакта", "наименование", "punkt styku", "punkty styku", "punkt kontaktu", "nazwa", "tytuł",
            ],
            Role::Sentiment => &["sentiment", "emotion", "mood", "feeling", "experience", "эмоция", "эмоции", "настроение", "впечатление", "nastrój", "emocja", "emocje", "odczucie", "wrażenie"],
            Role::Id => &["id", "touchpoint id"],
            Role::StageId => &["stage id"],
            Role::Lane => &["lane", "swimlane", "swim lane", "дорожка", "линия", "tor", "ścieżka"],
            Role::Description => &["description", "details", "описание", "подробности", "opis", "szczegóły"],
            Role::Channel => &["channel", "канал", "kanał"],
            Role::Presence => &["online or offline", "online/offline", "presence", "онлайн или офлайн", "онлайн/офлайн", "online czy offline", "online/offline"],
            Role::Owner => &["owner", "responsible", "team", "ответственный", "владелец", "команда", "odpowiedzialny", "właściciel", "zespół"],
            Role::Control => &["controlled by", "control", "кто управляет", "контроль", "kto kontroluje", "kontrola"],
            Role::Horizon => &["term", "horizon", "срок", "горизонт", "horyzont", "termin"],
            Role::Frequency => &["frequency", "частота", "częstotliwość"],
            Role::Score => &["score", "rating", "score (1-5)", "балл", "оценка (1-5)", "ocena (1-5)", "punkty"],
            Role::PainPoints => &["pain points", "pains", "problems", "проблемы", "боли", "болевые точки", "problemy", "bolączki"],
            Role::Delights => &["moments of delight", "delights", "gains", "моменты радости", "радости", "chwile zachwytu", "zachwyty"],
            Role::Hypotheses => &["hypotheses", "hypothesis", "гипотезы", "гипотеза", "hipotezy", "hipoteza"],
            Role::Keep | Role::Ignore => &[],
        }
    }

    /// The JSON field of the card this role fills, for a value that cannot be read.
    fn field(self) -> &'static str {
        match self {
            Role::Channel => "channel",
            Role::Presence => "presence",
            Role::Control => "control",
            Role::Horizon => "horizon",
            Role::Frequency => "frequency",
            _ => "",
        }
    }
}

/// A header as it is compared: lower case, `ё` as `е`, spaces collapsed, the dashes of
/// "1–5" as a hyphen, without a trailing colon or asterisk.
fn normalise(header: &str) -> String {
    let lower = header.trim().trim_end_matches([':', '*']).trim().to_lowercase().replace('ё', "е").replace(['–', '—', '−'], "-");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `test` holds for the catalogue's text of `id` in any language, normalised. The
/// texts are formatted once per id and kept: a sheet asks for them at every cell.
fn names(id: &str, test: impl Fn(&str) -> bool) -> bool {
    static CACHE: std::sync::OnceLock<std::sync::Mutex<HashMap<String, Vec<String>>>> = std::sync::OnceLock::new();
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    let texts = cache.entry(id.to_owned()).or_insert_with(|| Language::ALL.iter().map(|l| normalise(&text(*l, id, &[]))).collect());
    texts.iter().any(|t| test(t))
}

/// The role a header names, if any.
pub fn role_of_header(header: &str) -> Option<Role> {
    let n = normalise(header);
    if n.is_empty() {
        return None;
    }
    // Our export's own headers first: "Оценка" is the sentiment there, "Оценка (1–5)" the score.
    let own = Role::ALL.into_iter().find(|r| {
        r.label_id().is_some_and(|id| names(id, |name| name == n))
    });
    own.or_else(|| Role::ALL.into_iter().find(|r| r.synonyms().contains(&n.as_str())))
}

/// Which row is the header and what each column holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Layout {
    /// The index in [`Table::rows`] of the header row; the rows after it are cards.
    pub header: usize,
    /// One role per column of the header row.
    pub roles: Vec<Role>,
}

/// How many rows from the top are searched for the header: sheets often start with a
/// title or a date above the table.
const HEADER_SEARCH: usize = 10;

/// The header row and the roles its headers name: the first of the top rows that names a
/// stage and a title column, else the one that names the most. A header named twice is
/// given to its first column; the others, and every header no role names, are kept.
pub fn guess(table: &Table) -> Layout {
    let mut best: Option<(usize, Vec<Role>, usize)> = None;
    for (i, row) in table.rows.iter().enumerate().take(HEADER_SEARCH) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let roles = roles_of(row);
        let named = roles.iter().filter(|r| **r != Role::Keep && **r != Role::Ignore).count();
        if roles.contains(&Role::Stage) && roles.contains(&Role::Title) {
            best = Some((i, roles, usize::MAX));
            break;
        }
        if best.as_ref().is_none_or(|(_, _, n)| named > *n) {
            best = Some((i, roles, named));
        }
    }
    let (header, mut roles) = match best {
        Some((header, roles, _)) => (header, roles),
        None => (0, Vec::new()),
    };
    // Cells right of the last header are kept too, named by their column's letter.
    roles.resize(width(table).max(roles.len()), Role::Keep);
    Layout { header, roles }
}

/// The number of columns of the widest row.
pub fn width(table: &Table) -> usize {
    table.rows.iter().map(Vec::len).max().unwrap_or(0)
}

fn roles_of(row: &[String]) -> Vec<Role> {
    let mut taken = Vec::new();
    row.iter()
        .map(|header| match role_of_header(header) {
            Some(role) if !taken.contains(&role) => {
                taken.push(role);
                role
            }
            // A column without a header is kept too (named by its letter): its cells are data.
            _ => Role::Keep,
        })
        .collect()
}

/// The letter a spreadsheet names a column by: A, …, Z, AA, …
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push((b'A' + rem as u8) as char);
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The fields of a card in the file format; a kept column of one of these names would be
/// read as that field, so it is kept under its header and its letter instead.
const CARD_FIELDS: [&str; 19] = [
    "id", "stage", "lane", "title", "sentiment", "description", "channel", "presence", "owner", "control", "horizon",
    "frequency", "score", "painPoints", "delights", "hypotheses", "metrics", "ratings", "feedback",
];

/// Reads the table into a new map, with the layout given (from [`guess`], or changed by
/// the user). `title` names the map. Fails only when no column is a stage or a title.
pub fn build(table: &Table, layout: &Layout, title: &str) -> Result<Imported, ImportError> {
    let column_of = |role: Role| layout.roles.iter().position(|r| *r == role);
    // A cell right of every column the layout names is kept, never dropped.
    let role_at = |c: usize| layout.roles.get(c).copied().unwrap_or(Role::Keep);
    let header_row = table.rows.get(layout.header).cloned().unwrap_or_default();
    let (Some(stage_col), Some(title_col)) = (column_of(Role::Stage).or(column_of(Role::StageId)), column_of(Role::Title)) else {
        let found = header_row.iter().map(|h| h.trim()).filter(|h| !h.is_empty()).map(str::to_owned).collect();
        return Err(ImportError::NoColumns {
            found,
            stage: column_of(Role::Stage).or(column_of(Role::StageId)).is_some(),
            title: column_of(Role::Title).is_some(),
        });
    };
    let name_of_column = |c: usize| {
        let header = header_row.get(c).map(|h| h.trim()).unwrap_or("");
        if header.is_empty() { column_letter(table.first_column + c) } else { header.to_owned() }
    };
    let kept_key = |c: usize| {
        let name = name_of_column(c);
        if CARD_FIELDS.contains(&name.as_str()) { format!("{name} ({})", column_letter(table.first_column + c)) } else { name }
    };

    let mut map = Map::new(title);
    let mut notes = Vec::new();
    let measures = measures_of(&header_row, (0..width(table)).map(role_at), &mut map);
    let mut stage_index: HashMap<String, usize> = HashMap::new();
    let mut stage_numbers: Vec<Option<f64>> = Vec::new();
    let mut lane_index: HashMap<String, usize> = HashMap::new();
    let mut orders: Vec<Option<f64>> = Vec::new();
    let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut stage_ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut last_stage: Option<usize> = None;

    for (i, row) in table.rows.iter().enumerate().skip(layout.header + 1) {
        let row_number = table.first_row + i;
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|s| undefuse(s.trim())).unwrap_or_default();
        let used = |c: usize| role_at(c) != Role::Ignore;
        if row.iter().enumerate().all(|(c, v)| !used(c) || v.trim().is_empty()) {
            continue;
        }
        let note = |column: Option<usize>, problem| Note { line: row_number, column: column.map(name_of_column), problem };

        // The stage: by its id where the sheet has one, else by its name. A row without one
        // is in the stage of the row above, as a sheet whose stage cells were merged reads.
        let stage_name = cell(column_of(Role::Stage));
        let stage_key_id = cell(column_of(Role::StageId));
        let key = if !stage_key_id.is_empty() { format!("id:{stage_key_id}") } else { format!("name:{stage_name}") };
        let stage = if stage_name.is_empty() && stage_key_id.is_empty() {
            match last_stage {
                Some(s) => s,
                None => {
                    notes.push(note(Some(stage_col), Problem::NoStage));
                    continue;
                }
            }
        } else if let Some(&s) = stage_index.get(&key) {
            s
        } else {
            let id = if !stage_key_id.is_empty() && stage_ids.insert(stage_key_id.clone()) { stage_key_id.clone() } else { new_id("stage") };
            map.stages.push(Stage { id, name: if stage_name.is_empty() { stage_key_id.clone() } else { stage_name.clone() }, extra: Default::default() });
            stage_numbers.push(number(&cell(column_of(Role::StageNumber))));
            stage_index.insert(key, map.stages.len() - 1);
            map.stages.len() - 1
        };
        last_stage = Some(stage);

        let title = cell(Some(title_col));
        if title.is_empty() {
            // A row of a stage and nothing else is that stage, without cards (our export
            // writes an empty stage so).
            let only_stage = row.iter().enumerate().all(|(c, v)| {
                v.trim().is_empty() || matches!(role_at(c), Role::Stage | Role::StageId | Role::StageNumber | Role::Ignore)
            });
            if !only_stage {
                notes.push(note(Some(title_col), Problem::NoTitle));
            }
            continue;
        }

        let mut card = Touchpoint { id: new_id("tp"), stage: map.stages[stage].id.clone(), title, ..Default::default() };
        let mut sentiment_score = None;
        let mut measured = vec![Measured::default(); map.metric_definitions.len()];
        for c in 0..row.len() {
            let role = &role_at(c);
            let value = cell(Some(c));
            if value.is_empty() {
                continue;
            }
            let keep_raw = |card: &mut Touchpoint| {
                card.extra.insert(kept_key(c), Value::String(value.clone()));
            };
            match role {
                Role::Stage | Role::StageId | Role::Title | Role::StageNumber | Role::Ignore => {}
                Role::Order => orders_push(&mut orders, map.touchpoints.len(), number(&value)),
                Role::Id => {
                    if ids.insert(value.clone()) {
                        card.id = value.clone();
                    } else {
                        notes.push(note(Some(c), Problem::DuplicateId { id: value.clone() }));
                    }
                }
                Role::Sentiment => match sentiment_of(&value) {
                    Some((s, score)) => {
                        card.sentiment = s;
                        sentiment_score = score;
                    }
                    None => {
                        notes.push(note(Some(c), Problem::UnknownValue { value: value.clone() }));
                        keep_raw(&mut card);
                    }
                },
                Role::Lane => {
                    let lane = *lane_index.entry(value.clone()).or_insert_with(|| {
                        map.lanes.push(Lane { id: new_id("lane"), name: value.clone(), extra: Default::default() });
                        map.lanes.len() - 1
                    });
                    card.lane = map.lanes[lane].id.clone();
                }
                Role::Description => card.description = value.clone(),
                Role::Owner => card.owner = value.clone(),
                Role::Channel | Role::Presence | Role::Control | Role::Horizon | Role::Frequency => {
                    match choice_of(role.field(), &value) {
                        Some(id) => set_choice(&mut card, role.field(), id),
                        None => {
                            notes.push(note(Some(c), Problem::UnknownValue { value: value.clone() }));
                            keep_raw(&mut card);
                        }
                    }
                }
                Role::Score => match number(&value) {
                    Some(n) if n.fract() == 0.0 && (1.0..=5.0).contains(&n) => card.score = Some(n as u8),
                    _ => {
                        notes.push(note(Some(c), Problem::UnknownValue { value: value.clone() }));
                        keep_raw(&mut card);
                    }
                },
                Role::PainPoints => card.pain_points = lines(&value),
                Role::Delights => card.delights = lines(&value),
                Role::Hypotheses => card.hypotheses = lines(&value).into_iter().map(|l| hypothesis(&l)).collect(),
                Role::Keep => match measures.get(c).cloned().flatten() {
                    Some(measure) => {
                        if let Err(problem) = read_measure(&map, &measure, &value, c, &mut card, &mut measured) {
                            notes.push(note(Some(c), problem));
                            keep_raw(&mut card);
                        }
                    }
                    None => {
                        card.extra.insert(kept_key(c), kept_value(&value));
                    }
                },
            }
        }
        for (i, m) in measured.into_iter().enumerate() {
            match m.into_metric(&map.metric_definitions[i].name) {
                Ok(metric) => card.metrics.push(metric),
                // A date or a source with no value is no measurement: kept, as any cell is.
                Err(cells) => {
                    for (c, value) in cells {
                        notes.push(note(Some(c), Problem::NoMetricValue { value: value.clone() }));
                        card.extra.insert(kept_key(c), Value::String(value));
                    }
                }
            }
        }
        if card.score.is_none() {
            card.score = sentiment_score;
        }
        // A sheet that scores its touchpoints and says nothing of sentiment: the score says it.
        if column_of(Role::Sentiment).is_none() {
            if let Some(score) = card.score {
                card.sentiment = sentiment_of(&score.to_string()).map_or(Sentiment::Neutral, |(s, _)| s);
            }
        }
        orders.resize(map.touchpoints.len() + 1, None);
        map.touchpoints.push(card);
    }

    arrange(&mut map, &stage_numbers, &orders);
    Ok(Imported { map, notes })
}

/// What a column of measures fills: a field of the map's metric definition of that index,
/// or the ratings on the criterion of that id.
#[derive(Debug, Clone, PartialEq)]
enum ColumnMeasure {
    Metric { metric: usize, field: MetricField },
    Rating { criterion: String },
}

/// For each column, the measure it fills: a kept column whose header names one (`Metric:
/// NPS`, `Rating: Design`, in any language), each metric field or criterion for its first
/// column only (a repeat is kept as a field, as a repeated fixed header is). The map gets a
/// metric definition per metric and a criterion per rating column, in the columns' order,
/// so that a metric or criterion no card has comes back too.
fn measures_of(header_row: &[String], roles: impl Iterator<Item = Role>, map: &mut Map) -> Vec<Option<ColumnMeasure>> {
    let mut taken: Vec<(usize, MetricField)> = Vec::new();
    roles
        .enumerate()
        .map(|(c, role)| {
            let named = header_row.get(c).filter(|_| role == Role::Keep).and_then(|h| measure_column(h))?;
            match named {
                MeasureColumn::Metric { name, unit, field } => {
                    let metric = match map.metric_definitions.iter().position(|d| same_metric_name(&d.name, &name)) {
                        Some(i) => i,
                        None => {
                            map.metric_definitions.push(metric_definition(&name, unit));
                            map.metric_definitions.len() - 1
                        }
                    };
                    (!taken.contains(&(metric, field))).then(|| {
                        taken.push((metric, field));
                        ColumnMeasure::Metric { metric, field }
                    })
                }
                MeasureColumn::Rating { criterion } => {
                    if map.criteria.iter().any(|c| normalise(&c.name) == normalise(&criterion)) {
                        return None;
                    }
                    let criterion = new_criterion(&criterion, map);
                    let id = criterion.id.clone();
                    map.criteria.push(criterion);
                    Some(ColumnMeasure::Rating { criterion: id })
                }
            }
        })
        .collect()
}

/// The definition of a metric a sheet names: its preset's when the name is a preset's (its
/// id, or its name in any language), so that its scale and direction apply; the unit the
/// header gives decides over the preset's.
fn metric_definition(name: &str, unit: Option<String>) -> MetricDefinition {
    let preset = METRIC_PRESETS.iter().find_map(|p| {
        let lang = Language::ALL.into_iter().find(|l| same_metric_name(&p.name(*l), name));
        lang.or_else(|| same_metric_name(p.id, name).then_some(Language::En)).map(|l| (p, l))
    });
    match preset {
        Some((preset, lang)) => {
            let mut def = preset.definition(lang);
            def.name = name.to_owned();
            if unit.is_some() {
                def.unit = unit;
            }
            def
        }
        None => MetricDefinition {
            name: name.to_owned(),
            preset: None,
            unit,
            min: None,
            max: None,
            target: None,
            better: None,
            aggregate: None,
            extra: Default::default(),
        },
    }
}

/// A criterion a sheet names: the preset's id when the name is a preset's (in any
/// language, or its id) and the map has not taken it, else a new id.
fn new_criterion(name: &str, map: &Map) -> Criterion {
    let n = normalise(name);
    let preset = CRITERION_PRESETS.iter().find(|id| {
        let named = **id == n || Language::ALL.iter().any(|l| normalise(&criterion_preset(id, *l).name) == n);
        named && !map.criteria.iter().any(|c| c.id == **id)
    });
    let id = preset.map_or_else(|| new_id("criterion"), |id| (*id).to_owned());
    Criterion { id, name: name.to_owned(), extra: Default::default() }
}

/// A card's metric as its row's cells give it, gathered column by column, and the cells
/// that gave its fields other than the value (which need a value to be a metric).
#[derive(Debug, Clone, Default)]
struct Measured {
    value: Option<f64>,
    target: Option<f64>,
    better: Option<Better>,
    date: Option<String>,
    period: Option<String>,
    source: Option<String>,
    cells: Vec<(usize, String)>,
}

impl Measured {
    /// The metric, or the cells of its other fields when the row has no value of it.
    fn into_metric(self, name: &str) -> Result<Metric, Vec<(usize, String)>> {
        let Some(value) = self.value else { return Err(self.cells) };
        let mut metric = Metric::new(name, value);
        (metric.target, metric.better, metric.date, metric.period, metric.source) =
            (self.target, self.better, self.date, self.period, self.source);
        Ok(metric)
    }
}

/// Reads a cell of a column of measures into the card (a rating) or its row's metrics; a
/// value the column does not take is the problem to note, and the cell is kept.
fn read_measure(map: &Map, measure: &ColumnMeasure, value: &str, column: usize, card: &mut Touchpoint, measured: &mut [Measured]) -> Result<(), Problem> {
    let unknown = || Problem::UnknownValue { value: value.to_owned() };
    let (metric, field) = match measure {
        ColumnMeasure::Rating { criterion } => {
            let rating = number(value).filter(|n| n.fract() == 0.0 && (1.0..=5.0).contains(n)).ok_or_else(unknown)?;
            card.ratings.insert(criterion.clone(), rating as u8);
            return Ok(());
        }
        ColumnMeasure::Metric { metric, field } => (*metric, *field),
    };
    let m = &mut measured[metric];
    match field {
        MetricField::Value => {
            // The loader would move a value outside the scale to its end: the sheet's own is kept.
            let rule = map.metric_rule(&map.metric_definitions[metric].name);
            let in_scale = |n: &f64| rule.min.is_none_or(|lo| *n >= lo) && rule.max.is_none_or(|hi| *n <= hi);
            m.value = Some(number(value).filter(in_scale).ok_or_else(unknown)?);
            return Ok(());
        }
        MetricField::Target => m.target = Some(number(value).ok_or_else(unknown)?),
        MetricField::Better => m.better = Some(better_of(value).ok_or_else(unknown)?),
        MetricField::Date if valid_date(value) => m.date = Some(value.to_owned()),
        MetricField::Date => return Err(unknown()),
        MetricField::Period => m.period = Some(value.to_owned()),
        MetricField::Source => m.source = Some(value.to_owned()),
    }
    m.cells.push((column, value.to_owned()));
    Ok(())
}

fn orders_push(orders: &mut Vec<Option<f64>>, at: usize, value: Option<f64>) {
    orders.resize(at + 1, None);
    orders[at] = value;
}

/// Stages in the order of their numbers where the sheet has them, cards within a stage in
/// the order of theirs; what has no number keeps its place after those that have.
fn arrange(map: &mut Map, stage_numbers: &[Option<f64>], orders: &[Option<f64>]) {
    let key = |n: Option<f64>| (n.is_none(), n.unwrap_or(0.0));
    let mut stages: Vec<(Stage, Option<f64>)> = map.stages.drain(..).zip(stage_numbers.iter().copied()).collect();
    stages.sort_by(|a, b| key(a.1).partial_cmp(&key(b.1)).unwrap_or(std::cmp::Ordering::Equal));
    map.stages = stages.into_iter().map(|(s, _)| s).collect();
    let rank: HashMap<&str, usize> = map.stages.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut cards: Vec<(usize, Option<f64>, Touchpoint)> = map
        .touchpoints
        .drain(..)
        .zip(orders.iter().copied().chain(std::iter::repeat(None)))
        .map(|(t, o)| (rank.get(t.stage.as_str()).copied().unwrap_or(usize::MAX), o, t))
        .collect();
    cards.sort_by(|a, b| (a.0, key(a.1)).partial_cmp(&(b.0, key(b.1))).unwrap_or(std::cmp::Ordering::Equal));
    map.touchpoints = cards.into_iter().map(|(_, _, t)| t).collect();
}

/// Our exports put an apostrophe before a cell that a spreadsheet would run as a formula;
/// it is not part of the text.
fn undefuse(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// A number as people write it in a cell: `4`, `4.0`, `4,5`.
fn number(cell: &str) -> Option<f64> {
    let t = cell.trim();
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok().or_else(|| t.replace(',', ".").parse::<f64>().ok()).filter(|n| n.is_finite())
}

fn lines(cell: &str) -> Vec<String> {
    cell.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

/// A line of the hypotheses column: `Text (Status)` as our export writes it, the status
/// named in any of the three languages; a line without one is an idea.
fn hypothesis(line: &str) -> Hypothesis {
    let status = line.strip_suffix(')').and_then(|rest| {
        let open = rest.rfind('(')?;
        let named = normalise(&rest[open + 1..]);
        let status = HypothesisStatus::ALL.into_iter().find(|s| {
            let id = serde_json::to_value(s).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            named == id || names(&format!("label-status-{id}"), |name| name == named)
        })?;
        Some((rest[..open].trim_end().to_owned(), status))
    });
    match status {
        Some((text, status)) => Hypothesis { text, status, extra: Default::default() },
        None => Hypothesis { text: line.to_owned(), status: HypothesisStatus::Idea, extra: Default::default() },
    }
}

/// A sentiment as a sheet gives it: a word in one of the three languages (any case, any
/// ending), `+`/`0`/`-`, an emoji, or a 1–5 score (returned too, as the card's score).
pub fn sentiment_of(cell: &str) -> Option<(Sentiment, Option<u8>)> {
    let n = normalise(cell);
    if let Some(score) = number(&n).filter(|s| s.fract() == 0.0 && (1.0..=5.0).contains(s)) {
        let score = score as u8;
        let sentiment = match score {
            1 | 2 => Sentiment::Negative,
            3 => Sentiment::Neutral,
            _ => Sentiment::Positive,
        };
        return Some((sentiment, Some(score)));
    }
    let words: [(Sentiment, &[&str], &[&str]); 3] = [
        (Sentiment::Positive, &["+", "++", "👍", "🙂", "😊", "😀", "☺"], &["posit", "good", "pozytyw", "dobr", "позитив", "положит", "хорош"]),
        (Sentiment::Neutral, &["0", "=", "~", "±", "😐", "ok", "okay"], &["neutr", "нейтрал", "средн", "obojęt"]),
        (Sentiment::Negative, &["-", "--", "−", "👎", "🙁", "😞", "☹"], &["negat", "bad", "poor", "negatyw", "zł", "źl", "негатив", "отрицат", "плох"]),
    ];
    for (sentiment, exact, stems) in words {
        let own = names(&format!("label-{}", sentiment.as_str()), |name| name == n);
        if own || exact.contains(&n.as_str()) || stems.iter().any(|s| n.starts_with(s)) {
            return Some((sentiment, None));
        }
    }
    None
}

/// The value of a detail of fixed values that a cell names: its name in the file format or
/// a synonym the loader knows, or its name in any of the three languages.
fn choice_of(field: &str, cell: &str) -> Option<&'static str> {
    let n = normalise(cell);
    let named = choice_ids(field).iter().copied().find(|id| {
        names(&format!("label-{field}-{id}"), |name| name == n)
    });
    named.or_else(|| crate::format::lenient::recognise_choice(field, cell)).or_else(|| {
        // The first words of one value's name only ("Отзывы" for "Отзывы и сторонние сайты").
        let starts: Vec<&str> = choice_ids(field)
            .iter()
            .copied()
            .filter(|id| {
                names(&format!("label-{field}-{id}"), |label| label.strip_prefix(n.as_str()).is_some_and(|rest| rest.starts_with(' ')))
            })
            .collect();
        (starts.len() == 1).then(|| starts[0])
    })
}

fn choice_ids(field: &str) -> &'static [&'static str] {
    match field {
        "channel" => &[
            "website", "social-media", "search", "online-ad", "email", "messenger", "phone", "store", "print-outdoor", "reviews",
            "partner", "referral", "packaging", "billing", "other",
        ],
        "presence" => &["online", "offline"],
        "control" => &["brand", "third-party"],
        "horizon" => &["short-term", "long-term"],
        "frequency" => &["one-off", "recurring"],
        _ => &[],
    }
}

fn set_choice(card: &mut Touchpoint, field: &str, id: &str) {
    let v = Value::String(id.to_owned());
    match field {
        "channel" => card.channel = serde_json::from_value(v).ok(),
        "presence" => card.presence = serde_json::from_value(v).ok(),
        "control" => card.control = serde_json::from_value(v).ok(),
        "horizon" => card.horizon = serde_json::from_value(v).ok(),
        "frequency" => card.frequency = serde_json::from_value(v).ok(),
        _ => {}
    }
}

/// A kept cell as our export writes an unknown field: a JSON number, object, list or
/// `true`/`false` as itself, any other text as text.
fn kept_value(cell: &str) -> Value {
    let t = cell.trim();
    let json_like = t.starts_with(['{', '[']) || t == "true" || t == "false" || t.parse::<f64>().is_ok_and(|n| n.is_finite());
    if json_like {
        if let Ok(v) = serde_json::from_str::<Value>(t) {
            // "007" or "1e5" would not come back as they were written.
            if !v.is_number() || format!("{v}") == t {
                return v;
            }
        }
    }
    Value::String(cell.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        Table { rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect(), first_row: 1, first_column: 0 }
    }

    #[test]
    fn headers_are_recognised_in_three_languages_and_by_synonyms() {
        for (header, role) in [
            ("Stage", Role::Stage),
            (" этап: ", Role::Stage),
            ("Etap", Role::Stage),
            ("Phase", Role::Stage),
            ("Touchpoint", Role::Title),
            ("Точка контакта", Role::Title),
            ("Punkt styku", Role::Title),
            ("Оценка", Role::Sentiment),
            ("Оценка (1–5)", Role::Score),
            ("Ocena (1-5)", Role::Score),
            ("Moments of delight", Role::Delights),
            ("Kanał", Role::Channel),
            ("Ответственный", Role::Owner),
        ] {
            assert_eq!(role_of_header(header), Some(role), "{header}");
        }
        assert_eq!(role_of_header("Budget"), None);
        assert_eq!(role_of_header("  "), None);
    }

    #[test]
    fn the_header_is_found_below_a_title_row_and_unknown_columns_are_kept() {
        let t = table(&[&["Journey Q3", ""], &[], &["Этап", "Точка контакта", "Бюджет", "Этап"], &["Поиск", "Реклама", "100", "x"]]);
        let layout = guess(&t);
        assert_eq!(layout.header, 2);
        assert_eq!(layout.roles, [Role::Stage, Role::Title, Role::Keep, Role::Keep]);
        let ragged = table(&[&["Stage", "Title", ""], &["A", "Ad", "x", "y"]]);
        let map = build(&ragged, &guess(&ragged), "").unwrap().map;
        assert_eq!((map.touchpoints[0].extra["C"].as_str(), map.touchpoints[0].extra["D"].as_str()), (Some("x"), Some("y")), "cells without a header are kept");
        let map = build(&t, &layout, "Q3").unwrap().map;
        assert_eq!(map.touchpoints[0].extra["Бюджет"], serde_json::json!(100));
        assert_eq!(map.touchpoints[0].extra["Этап"], serde_json::json!("x"));
    }

    #[test]
    fn rows_become_cards_in_stages_of_first_appearance_with_merged_stage_cells_filled_down() {
        let t = table(&[
            &["Stage", "Touchpoint", "Sentiment"],
            &["Awareness", "Ad", "+"],
            &["", "Post", "pozytywna"],
            &["Purchase", "Till", "2"],
            &["Awareness", "Review", "Негативная"],
            &["", "", ""],
            &["", "", "-"],
            &["Loyalty", "", ""],
        ]);
        let imported = build(&t, &guess(&t), "").unwrap();
        let map = imported.map;
        let names: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Awareness", "Purchase", "Loyalty"]);
        let cards: Vec<(&str, &str, Sentiment, Option<u8>)> = map
            .touchpoints
            .iter()
            .map(|t| (map.stages.iter().find(|s| s.id == t.stage).unwrap().name.as_str(), t.title.as_str(), t.sentiment, t.score))
            .collect();
        assert_eq!(
            cards,
            [
                ("Awareness", "Ad", Sentiment::Positive, None),
                ("Awareness", "Post", Sentiment::Positive, None),
                ("Awareness", "Review", Sentiment::Negative, None),
                ("Purchase", "Till", Sentiment::Negative, Some(2)),
            ]
        );
        assert_eq!(imported.notes, [Note { line: 7, column: Some("Touchpoint".into()), problem: Problem::NoTitle }]);
    }

    #[test]
    fn a_row_before_any_stage_and_values_that_cannot_be_read_are_noted_and_nothing_is_lost() {
        let t = table(&[&["Stage", "Title", "Channel", "Score", "Id"], &["", "Ad", "", "", ""], &["A", "Ad", "Pigeon", "9", "x"], &["A", "Post", "Голубиная почта", "", "x"]]);
        let imported = build(&t, &guess(&t), "").unwrap();
        let problems: Vec<(usize, Option<&str>, &Problem)> = imported.notes.iter().map(|n| (n.line, n.column.as_deref(), &n.problem)).collect();
        assert_eq!(
            problems,
            [
                (2, Some("Stage"), &Problem::NoStage),
                (3, Some("Channel"), &Problem::UnknownValue { value: "Pigeon".into() }),
                (3, Some("Score"), &Problem::UnknownValue { value: "9".into() }),
                (4, Some("Channel"), &Problem::UnknownValue { value: "Голубиная почта".into() }),
                (4, Some("Id"), &Problem::DuplicateId { id: "x".into() }),
            ]
        );
        let ad = &imported.map.touchpoints[0];
        assert_eq!((ad.extra["Channel"].as_str(), ad.extra["Score"].as_str(), ad.id.as_str()), (Some("Pigeon"), Some("9"), "x"));
    }

    #[test]
    fn a_sheet_without_a_stage_or_title_column_names_what_it_has_and_what_it_needs() {
        let t = table(&[&["Name of step", "Budget"], &["a", "b"]]);
        match build(&t, &guess(&t), "") {
            Err(ImportError::NoColumns { found, stage: false, title: false }) => assert_eq!(found, ["Name of step", "Budget"]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn numbers_order_stages_and_cards_and_choices_read_in_any_language() {
        let t = table(&[
            &["Stage", "Stage number", "Order in stage", "Title", "Kanał", "Hypotheses"],
            &["B", "2", "2", "b2", "Strona internetowa", "Faster (Testing)\nCheaper"],
            &["B", "2", "1", "b1", "social", ""],
            &["A", "1", "1", "a1", "Телефон", "Быстрее (Подтверждена)"],
        ]);
        let map = build(&t, &guess(&t), "").unwrap().map;
        assert_eq!(map.stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["A", "B"]);
        assert_eq!(map.touchpoints.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(), ["a1", "b1", "b2"]);
        use crate::model::Channel;
        assert_eq!(map.touchpoints.iter().map(|t| t.channel).collect::<Vec<_>>(), [Some(Channel::Phone), Some(Channel::SocialMedia), Some(Channel::Website)]);
        assert_eq!(map.touchpoints[2].hypotheses[0], Hypothesis { text: "Faster".into(), status: HypothesisStatus::Testing, extra: Default::default() });
        assert_eq!(map.touchpoints[2].hypotheses[1].status, HypothesisStatus::Idea);
        assert_eq!(map.touchpoints[0].hypotheses[0].status, HypothesisStatus::Confirmed);
    }

    #[test]
    fn cells_our_exports_defused_read_as_their_text_and_formulas_stay_text() {
        let t = table(&[&["Stage", "Title", "Owner"], &["A", "'=SUM(1)", "=cmd|' /C calc'!A0"]]);
        let map = build(&t, &guess(&t), "").unwrap().map;
        assert_eq!(map.touchpoints[0].title, "=SUM(1)");
        assert_eq!(map.touchpoints[0].owner, "=cmd|' /C calc'!A0");
    }

    #[test]
    fn metric_and_rating_columns_become_measures_definitions_and_criteria() {
        let t = table(&[
            &["Stage", "Title", "Metryka: NPS", "metric: Conversion rate (%)", "Metric source: NPS", "Оценка: Дизайн и качество", "Rating: Tone", "Metric: Visits"],
            &["A", "Ad", "-12", "2,5", "survey", "4", "", ""],
            &["A", "Post", "", "", "", "", "5", "300"],
        ]);
        let imported = build(&t, &guess(&t), "").unwrap();
        assert_eq!(imported.notes, []);
        let map = imported.map;
        let defs: Vec<(&str, Option<&str>, Option<&str>)> =
            map.metric_definitions.iter().map(|d| (d.name.as_str(), d.preset.as_deref(), d.unit.as_deref())).collect();
        assert_eq!(defs, [("NPS", Some("nps"), None), ("Conversion rate", Some("conversion-rate"), Some("%")), ("Visits", None, None)]);
        assert_eq!(map.criteria[0].id, "design", "a preset's name in Russian");
        assert_eq!(map.criteria[0].name, "Дизайн и качество");
        assert!(map.criteria[1].id.starts_with("criterion-") && map.criteria[1].name == "Tone");
        let ad = &map.touchpoints[0];
        let metrics: Vec<(&str, f64, Option<&str>)> = ad.metrics.iter().map(|m| (m.name.as_str(), m.value, m.source.as_deref())).collect();
        assert_eq!(metrics, [("NPS", -12.0, Some("survey")), ("Conversion rate", 2.5, None)]);
        assert_eq!(ad.ratings.get("design"), Some(&4));
        let post = &map.touchpoints[1];
        assert_eq!((post.metrics[0].name.as_str(), post.metrics[0].value), ("Visits", 300.0));
        assert_eq!(post.ratings.get(&map.criteria[1].id), Some(&5));
        assert!(ad.extra.is_empty() && post.extra.is_empty());
    }

    #[test]
    fn measures_a_column_does_not_take_are_noted_and_kept() {
        let t = table(&[
            &["Stage", "Title", "Metric: NPS", "Metric date: NPS", "Rating: Content", "Metric target: CSAT", "Metric: NPS"],
            &["A", "Ad", "140", "2026-02-30", "4.5", "4", ""],
            &["A", "Post", "n/a", "", "0", "", ""],
            &["A", "Third", "", "", "", "", "7"],
        ]);
        let imported = build(&t, &guess(&t), "").unwrap();
        let problems: Vec<(usize, &str, &Problem)> = imported.notes.iter().map(|n| (n.line, n.column.as_deref().unwrap(), &n.problem)).collect();
        let unknown = |v: &str| Problem::UnknownValue { value: v.into() };
        assert_eq!(
            problems,
            [
                (2, "Metric: NPS", &unknown("140")),
                (2, "Metric date: NPS", &unknown("2026-02-30")),
                (2, "Rating: Content", &unknown("4.5")),
                (2, "Metric target: CSAT", &Problem::NoMetricValue { value: "4".into() }),
                (3, "Metric: NPS", &unknown("n/a")),
                (3, "Rating: Content", &unknown("0")),
            ]
        );
        let ad = &imported.map.touchpoints[0];
        assert!(ad.metrics.is_empty() && ad.ratings.is_empty());
        assert_eq!(ad.extra["Metric: NPS"], serde_json::json!("140"));
        let third = &imported.map.touchpoints[2];
        assert_eq!(third.extra["Metric: NPS"], serde_json::json!(7), "a header's second column is kept as a field");
        assert_eq!(ad.extra["Metric target: CSAT"], serde_json::json!("4"));
        assert_eq!(imported.map.touchpoints[1].extra["Rating: Content"], serde_json::json!("0"));
    }

    #[test]
    fn column_letters_go_past_z() {
        assert_eq!([0, 25, 26, 701, 702].map(column_letter), ["A", "Z", "AA", "ZZ", "AAA"]);
    }
}
