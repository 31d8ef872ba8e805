### The core's messages: why a file does not open, what the reader repaired, why a save,
### an edit or an export failed. The json-* texts translate what the JSON parser says.

load-io = cannot be read: { $reason }
load-too-large = is { $size } MiB, over the { $limit } MiB limit for a map file
load-empty = is empty; expected a journey map in JSON
load-binary = is a binary file, not text; expected a journey map in JSON
load-image-without-map = is a { $image } image with no journey map inside; only images exported by Journey Mapper carry one
load-not-utf8 = is not UTF-8 text (invalid byte at offset { $offset }); expected a journey map in JSON
load-truncated = { $line }:{ $column }: the file ends too early; it looks truncated
load-syntax = { $line }:{ $column }: not valid JSON: { $detail }
load-not-a-map = is not a journey map: expected a JSON object with "format": "journey-map"
load-missing-version = "version": expected a version such as "1.0", found nothing
load-bad-version = "version": expected a version such as "1.0", found { $found }
load-newer-major = uses format version { $found }, made by a newer Journey Mapper; update the app to open it
load-too-deep = { $line }:{ $column }: nested deeper than { $limit } levels, the limit for a map file
load-shape = { $line }:{ $column }: at { $path }: { $detail }
load-shape-top = { $line }:{ $column }: at the top level: { $detail }
load-conflicted = { $line }: has unresolved merge conflicts ({ $blocks ->
        [1] { $blocks } conflicting block, at line { $line }
       *[other] { $blocks } conflicting blocks, the first at line { $line }
    }); merge it with Journey Mapper or resolve them by hand

io-not-found = no such file or directory
io-permission-denied = permission denied
io-is-a-directory = it is a folder, not a file

save-failed = Could not save { $file }: { $reason }
save-read-only = permission denied; the file or its folder is read-only. Save it somewhere else
save-no-folder = its folder no longer exists. Save it somewhere else
save-exists = a file with that name already exists
save-disk-full = the disk is full. Free some space or save it elsewhere
save-changed-on-disk = { $file } was changed on disk since you opened it; save it under another name, or reload it to see the other changes
save-no-file = the map has no file yet; use Save As

edit-no-such-stage = there is no stage with the id "{ $id }"; it may have been deleted
edit-no-such-touchpoint = there is no touchpoint with the id "{ $id }"; it may have been deleted
edit-no-such-lane = there is no lane with the id "{ $id }"; it may have been deleted
edit-duplicate-id = the id "{ $id }" is already used in this map
edit-bad-score = a score is a whole number from 1 to 5, not { $score }
edit-bad-date = "{ $date }" is not a date; use YYYY-MM-DD
edit-bad-rating = a rating is a whole number from 1 to 5, not { $rating }
edit-bad-number = { $value } is not a number a metric can have
edit-duplicate-metric = the metric "{ $name }" is there already
edit-no-such-metric = there is no metric "{ $name }" on this card
edit-no-such-criterion = the map has no criterion "{ $id }"
edit-duplicate-criterion = the criterion id "{ $id }" is empty or used twice
edit-criterion-in-use = cards are still rated on the criterion "{ $id }"
edit-no-such-feedback = there is no quote number { $index } on this card
edit-out-of-scale = { $value } is outside the scale of the metric "{ $name }"

export-cancelled = the export was cancelled
export-render = the map could not be drawn as { $format }: { $reason }
export-thread-failed = the map could not be drawn as { $format }: a drawing thread failed
export-no-memory = the map could not be drawn as { $format }: could not allocate a { $width } × { $height } picture
export-too-large = the picture would be { $width } × { $height } pixels, over the { $limit }-pixel limit of a PNG; export it as a PDF
export-too-large-scaled = the picture would be { $width } × { $height } pixels, over the { $limit }-pixel limit of a PNG; export it at 1× or as a PDF
export-would-overwrite-map = { $file } is the map itself; choose another name for the export

note-newer-minor = made with a newer Journey Mapper (format { $version }); fields this version does not know are kept
note-from-image = read from the map inside this { $image } image; Save As keeps it as a map file
note-from-conflict-markers = { $blocks ->
        [one] the file had git conflict markers in { $blocks } place
       *[other] the file had git conflict markers in { $blocks } places
    }: it opened as the merge of its two versions { $base ->
        [file] (with the common version the file holds)
        [git] (with the common version from git)
       *[none] (no common version found: every difference is a choice)
    }; resolve the conflicts, then save
note-conflicts = { $count ->
        [one] { $count } merge conflict recorded in the file; our values are kept until it is resolved
       *[other] { $count } merge conflicts recorded in the file; our values are kept until they are resolved
    }

repair-not-a-date = { $found } is not a date (YYYY-MM-DD); it was removed
repair-not-one-of-set = { $found } is not one of { $choices }; it was set to { $value }
repair-not-one-of-empty = { $found } is not one of { $choices }; it was left empty
repair-not-a-sentiment = { $found } is not a sentiment (positive, neutral or negative); it was set to neutral
repair-not-a-score = { $found } is not a score (a whole number from 1 to 5); it was removed
repair-not-text = { $found } was not text; it was written as text
repair-not-a-text-list = { $found } is not a list of texts; it was kept as one text
repair-not-a-hypothesis-list = { $found } is not a list of hypotheses; it was kept as one
repair-not-a-hypothesis = { $found } is not a hypothesis; it was kept as its text
repair-stage-missing-id = the stage had no id; it was given "{ $given }"
repair-lane-missing-id = the lane had no id; it was given "{ $given }"
repair-touchpoint-missing-id = the touchpoint had no id; it was given "{ $given }"
repair-stage-duplicate-id = the stage id "{ $id }" was used twice; this one was given "{ $given }"
repair-lane-duplicate-id = the lane id "{ $id }" was used twice; this one was given "{ $given }"
repair-touchpoint-duplicate-id = the touchpoint id "{ $id }" was used twice; this one was given "{ $given }"
repair-no-stage = the touchpoint has no stage; it was put in a new stage "{ $stage }"
repair-unknown-stage = the touchpoint names the stage "{ $missing }", which does not exist; it was put in a new stage "{ $stage }"
repair-no-lanes = the map has no lanes, so the lane "{ $lane }" was removed
repair-unknown-lane = the touchpoint names the lane "{ $missing }", which does not exist; it was put in the first lane, "{ $first }"

json-expected-value = expected value
json-expected-ident = expected ident
json-expected-colon = expected `:`
json-expected-comma-or-bracket = expected `,` or `]`
json-expected-comma-or-brace = expected `,` or `{ "}" }`
json-trailing-comma = trailing comma
json-trailing-characters = trailing characters
json-key-must-be-string = key must be a string
json-invalid-escape = invalid escape
json-invalid-number = invalid number
json-number-out-of-range = number out of range
json-invalid-unicode = invalid unicode code point
json-control-character = control character (\u0000-\u001F) found while parsing a string
json-lone-surrogate = lone leading surrogate in hex escape
json-hex-escape-end = unexpected end of hex escape
json-invalid-type = invalid type: { $found }, expected { $expected }
json-invalid-value = invalid value: { $found }, expected { $expected }
json-invalid-length = invalid length { $length }, expected { $expected }
json-missing-field = missing field `{ $field }`
json-duplicate-field = duplicate field `{ $field }`
json-unknown-variant = unknown variant `{ $found }`, expected { $expected }
json-one-of = one of { $list }
json-type-integer = integer
json-type-float = floating point
json-type-string = string
json-type-boolean = boolean
json-type-sequence = sequence
json-type-map = map
json-expect-string = a string
json-expect-sequence = a sequence
json-expect-map = a map
json-expect-boolean = a boolean
json-expect-integer = a whole number
json-expect-number = a number
json-expect-object = an object

## The command line

cli-unknown-option = unexpected argument '{ $word }' found
cli-unknown-word = '{ $word }' is neither a subcommand nor an existing file
cli-no-display = the window needs a graphical display and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set); without one, these subcommands work: { $subcommands }

## Importing a map made elsewhere (a Mermaid journey)

import-empty = the file is empty: there is nothing to import
import-no-journey = the file is no Mermaid journey diagram: its first line must be “journey”
import-no-journey-block = the Markdown file has no Mermaid journey: no ```mermaid block starting with “journey” was found
import-not-text = the file is not text: a sheet must be CSV or TSV text (in any encoding) or a workbook, a diagram text in UTF-8
import-unsupported = files of the kind “.{ $extension }” cannot be imported: sheets (.csv, .tsv, .xlsx, .xls, .ods) and Mermaid journeys (.mmd, or a .md file with a ```mermaid journey block) are read
# One of the names a message lists: a header, a sheet.
import-quoted = “{ $text }”
import-read = { $file } cannot be read: { $reason }
import-no-score = line { $line }: “{ $text }” has no score (write “name: 1 to 5”), so it was left out
import-bad-score = line { $line }: the score “{ $score }” of “{ $text }” is not a number from 1 to 5, so it was imported as neutral without a score
import-unreadable = line { $line }: “{ $text }” is no title, section or task, so it was left out
import-row-no-stage = row { $row }, column “{ $column }”: the row has no stage and no row above it has one, so it was left out
import-row-no-title = row { $row }, column “{ $column }”: the row has no touchpoint title, so it was left out
import-cell-unknown = row { $row }, column “{ $column }”: “{ $value }” is not a value this column takes, so it was kept on the card as a field named “{ $column }”
import-cell-duplicate-id = row { $row }, column “{ $column }”: the id “{ $value }” is already a touchpoint's above, so this one got a new id
import-cell-not-a-number = row { $row }, column “{ $column }”: “{ $value }” is not a number, so it was passed over
import-cell-out-of-scale = row { $row }, column “{ $column }”: { $value } is outside the metric's scale, so it was passed over
import-cell-no-metric-value = row { $row }, column “{ $column }”: the row has no value of this metric, so “{ $value }” was kept on the card as a field named “{ $column }”
import-no-touchpoint-column = no column names the touchpoint: a sheet of metrics needs a column headed “Touchpoint” or “Touchpoint id” (“Точка контакта”, “Punkt styku”) and one column per metric; { $count ->
        [0] the sheet has no headers
       *[other] the sheet's headers are { $found }
    }
import-no-metric-columns = no column of metric values was found beside the touchpoint column: head each one with the metric's name (NPS, CSAT…); { $count ->
        [0] the sheet has no headers
       *[other] the sheet's headers are { $found }
    }
import-no-columns = { $missing ->
        [stage] no column of stages was found
        [title] no column of touchpoint titles was found
       *[both] no column of stages and none of touchpoint titles was found
    }: a journey needs a column headed “Stage” (“Этап”, “Etap”) and one headed “Touchpoint” (“Точка контакта”, “Punkt styku”); { $count ->
        [0] the sheet has no headers
       *[other] the sheet's headers are { $found }
    }
import-workbook = the workbook cannot be read, it may be damaged: { $reason }
import-encrypted = the workbook is protected by a password: open it in your spreadsheet, save a copy without the password, and import that
import-no-sheet = the workbook has no sheet “{ $name }”: its sheets are { $sheets }
import-written = { $file }: written, { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    }, { $touchpoints ->
        [one] { $touchpoints } touchpoint
       *[other] { $touchpoints } touchpoints
    }
metrics-map-repaired = { $file } needed repairs when it was read, so its metrics are not updated: open and save it in Journey Mapper first, so that this command changes only its metrics
metrics-map-is-image = { $file } is an image with a map inside: open it in Journey Mapper and save it as a map file, then update that file's metrics
metrics-unmatched = { $file }: { $count ->
        [one] { $count } row does
       *[other] { $count } rows do
    } not name one touchpoint of { $map }, so nothing was changed; give each row a touchpoint's id or exact title:
metrics-row-unmatched = row { $row }: “{ $touchpoint }” { $cards ->
        [0] is no touchpoint of the map
       *[other] is the title of { $cards } touchpoints (use their ids)
    }
metrics-written = { $file }: { $values ->
        [one] { $values } value
       *[other] { $values } values
    } written on { $touchpoints ->
        [one] { $touchpoints } touchpoint
       *[other] { $touchpoints } touchpoints
    }
## Metrics, criteria and feedback (format 1.2)

metric-preset-nps = NPS
metric-preset-csat = CSAT
metric-preset-csat-percent = CSAT, %
metric-preset-ces = CES
metric-preset-conversion-rate = Conversion rate
metric-preset-response-time = Response time
metric-preset-reach = Reach
metric-preset-customer-count = Customer count
criterion-preset-design = Design and quality
criterion-preset-content = Content
criterion-preset-reachability = Reachability
criterion-preset-response-speed = Speed of response
criterion-preset-frequency = Frequency
criterion-preset-engagement = Engagement
criterion-preset-personal-tone = Personal tone
repair-not-a-metric-list = on the card "{ $card }", { $found } is not a list of metrics; it was removed
repair-not-a-metric = on the card "{ $card }", { $found } is not a metric; it was removed
repair-metric-not-a-number = on the card "{ $card }", the value of the metric "{ $name }", { $found }, is not a number; the metric was removed
repair-metric-without-value = on the card "{ $card }", the metric "{ $name }" has no value; it was removed
repair-metric-target-without-value = on the card "{ $card }", the metric "{ $name }" has a target ({ $target }) but no value; it was removed
repair-metric-out-of-scale = on the card "{ $card }", the value { $found } of the metric "{ $name }" is outside its scale ({ $scale }); it was set to { $value }
repair-metric-duplicate = the card "{ $card }" has the metric "{ $name }" more than once; this one was renamed "{ $given }"
repair-not-ratings = on the card "{ $card }", { $found } is not a set of ratings by criterion; it was removed
repair-not-a-rating = on the card "{ $card }", the rating { $found } on "{ $criterion }" is not a whole number from 1 to 5; it was removed
repair-unknown-criterion = the card "{ $card }" is rated on the criterion "{ $id }", which the map does not define; it was added to the map's criteria
repair-not-a-feedback-list = on the card "{ $card }", { $found } is not a list of feedback; it was kept as one quote
