### The web page's texts. Shown in the window: values are isolated for bidirectional text.

announce-added = “{ $title }” added to { $stage }.
announce-deleted = “{ $title }” deleted.
announce-lane-added = Lane { $lane } added.
announce-lane-deleted = Lane { $lane } deleted.
announce-lane-moved = Lane { $lane } moved to position { $position } of { $count }.
announce-lanes-started = The map now has lanes: every touchpoint is in the lane { $lane }.
announce-moved = “{ $title }” moved to { $stage }, position { $position } of { $count }.
announce-moved-lane = “{ $title }” moved to { $stage }, lane { $lane }, position { $position } of { $count }.
announce-redone = Redone.
announce-saved = Saved { $file }.
announce-sentiment = “{ $title }” is now { $sentiment }.
announce-stage-deleted = Stage { $stage } deleted.
announce-stage-moved = Stage { $stage } moved to position { $position } of { $count }.
announce-undone = Undone.

app-loading = Loading the map…
app-name = Journey Mapper

board-add-lanes = Add lanes
board-add-lanes-hint = Split the map into rows, such as customer actions, thoughts and pain points
board-add-stage = Add stage
board-empty-text = Stages are the phases your customer goes through, such as awareness, consideration and purchase. Add the first one to start mapping.
board-empty-title = This map has no stages yet

card-delete = Delete touchpoint
card-delete-hint = Delete touchpoint (Delete)
card-details = Touchpoint details
card-details-hint = Details (I)
card-keys-hint = Arrow keys select another touchpoint. Alt with an arrow key moves it. 1, 2 and 3 set positive, neutral or negative. Enter or F2 renames it, Delete removes it. I opens its details.
card-label = { $title }. { $sentiment }. Touchpoint { $position } of { $count } in { $stage }.
card-metric = { $name }: { $value }
card-metric-off-target = { $name }: { $value }, target { $target } missed
card-metric-on-target = { $name }: { $value }, target { $target } met
card-new-title = New touchpoint
card-rating = { $name }: { $value } of 5
card-rename = Rename touchpoint
card-rename-hint = Rename (F2)
card-rename-label = Touchpoint title
card-sentiment-label = Sentiment
card-set-sentiment-hint = { $sentiment } ({ $key })

channel-billing = Billing
channel-email = Email
channel-messenger = Messenger
channel-online-ad = Online ad
channel-other = Other
channel-packaging = Packaging
channel-partner = Partner
channel-phone = Phone
channel-print-outdoor = Print and outdoor
channel-referral = Referral
channel-reviews = Reviews and third-party sites
channel-search = Search
channel-social-media = Social media
channel-store = Store / point of sale
channel-website = Website

common-cancel = Cancel

compare-announce-ended = Comparison ended.
compare-announce-none = No differences from { $name }.
compare-announce-started =
    { $count ->
        [one] { $count } change since { $name }. F7 shows it.
       *[other] { $count } changes since { $name }. F7 shows the next one.
    }
compare-announce-step = Change { $index } of { $count }: { $change }
compare-card-added = This touchpoint is new: the other copy does not have it.
compare-card-heading = Compared with { $name }
compare-card-new = Now
compare-card-old = Was
compare-card-same = Unchanged since the other copy.
compare-close = End comparison
compare-close-hint = End comparison (Escape)
compare-count =
    { $count ->
        [one] { $count } change
       *[other] { $count } changes
    }
compare-curve-old = Other copy: { $name }
compare-ghost-label = Removed touchpoint: { $title }. { $change }.
compare-keys-hint = F7 shows the next change, Shift+F7 the previous one. Escape ends the comparison.
compare-mark-added = New
compare-mark-changed = Changed
compare-mark-lane-added = New
compare-mark-lane-changed = Changed
compare-mark-lane-moved = Moved
compare-mark-lane-removed = Removed
compare-mark-moved = Moved
compare-mark-moved-from = From { $place }
compare-mark-removed = Removed
compare-mark-renamed-from = Was «{ $name }»
compare-mark-reordered = Moved
compare-mark-stage-added = New
compare-mark-stage-changed = Changed
compare-mark-stage-moved = Moved
compare-mark-stage-removed = Removed
compare-next = Next
compare-next-hint = Next change (F7)
compare-none-text = This map and { $name } are the same.
compare-none-title = No differences
compare-previous = Previous
compare-previous-hint = Previous change (Shift+F7)
compare-subtitle = This map against { $name }
compare-title = Changes

confirm-delete-lane-confirm = Delete lane
confirm-delete-lane-last-message =
    { $count ->
        [one] It is the only lane, so the map goes back to a single row. Its { $count } touchpoint stays on the map. You can undo this.
       *[other] It is the only lane, so the map goes back to a single row. Its { $count } touchpoints stay on the map. You can undo this.
    }
confirm-delete-lane-message =
    { $count ->
        [one] Its { $count } touchpoint will move to the lane “{ $lane }”. You can undo this.
       *[other] Its { $count } touchpoints will move to the lane “{ $lane }”. You can undo this.
    }
confirm-delete-lane-title = Delete the lane “{ $lane }”?
confirm-delete-stage-confirm = Delete stage
confirm-delete-stage-message =
    { $count ->
        [one] Its { $count } touchpoint will be deleted too. You can undo this.
       *[other] Its { $count } touchpoints will be deleted too. You can undo this.
    }
confirm-delete-stage-title = Delete the stage “{ $stage }”?
confirm-discard-confirm = Discard changes
confirm-discard-message = This map has changes that are not saved. Opening the sample map in this window discards them.
confirm-discard-title = Discard unsaved changes?

conflicts-all-resolved = All conflicts are resolved. Save to keep the merged map.
conflicts-hint = Both copies changed these differently; this copy's value is on the board now. Keep it, or take the other copy's. Each choice can be undone.
conflicts-keep-ours = Keep this copy's
conflicts-left = { $count ->
        [one] { $count } conflict left
       *[other] { $count } conflicts left
    }
conflicts-none-subtitle = All resolved
conflicts-subtitle = { $count ->
        [one] { $count } to resolve
       *[other] { $count } to resolve
    }
conflicts-take-theirs = Take the other copy's
conflicts-title = Merge conflicts
control-brand = Brand
control-third-party = Third party

curve-compare-none = No other map
curve-compare-with = Compare with
curve-follow = Follow { $name }
curve-no-cards = no touchpoints
curve-point = { $stage }: { $feeling }
curve-this-map = This map
curve-title = Emotion curve

curve-title-measure = { $name } by stage
details-add-delight = Add a moment of delight
details-add-feedback = Add a customer quote
details-add-hypothesis = Add a hypothesis
details-add-metric = Add a metric
details-add-metric-button = Add
details-add-pain-point = Add a pain point
details-delight = Moment of delight { $n }
details-empty = Select a touchpoint on the map to see and edit its details.
details-empty-title = No touchpoint selected
details-feedback = Quote { $n }
details-feedback-date = Date of the quote
details-feedback-source = Source of the quote
details-feedback-source-placeholder = Who said it, where: an interview, a review, support
details-field-channel = Channel
details-field-control = Controlled by
details-field-delights = Moments of delight
details-field-description = Description
details-field-description-placeholder = What happens here, from the customer’s side?
details-field-feedback = In the customer’s words
details-field-frequency = Frequency
details-field-horizon = Term
details-field-hypotheses = Hypotheses
details-field-owner = Owner team
details-field-owner-placeholder = For example, Marketing
details-field-pain-points = Pain points
details-field-presence = Online or offline
details-field-score = Score
details-field-title = Title
details-hypothesis = Hypothesis { $n }
details-hypothesis-status = Status of hypothesis { $n }
details-in-stage = Stage: { $stage }
details-in-stage-lane = Stage: { $stage } · Lane: { $lane }
details-metric-date = Measured on
details-metric-exists = This card already has { $name }: change its value above.
details-metric-facts = Target, date and source
details-metric-name = Metric
details-metric-name-placeholder = NPS, CSAT or your own
details-metric-no-name = Choose a metric or type its name.
details-metric-not-a-number = Enter a number, for example 42 or 2.5.
details-metric-off-target = Target { $target } missed
details-metric-on-target = Target { $target } met
details-metric-source = Source
details-metric-source-placeholder = Survey, analytics, CRM…
details-metric-target = Target
details-metric-target-placeholder = The map’s, if any
details-metric-value = Value
details-metrics-none = No metrics yet: add the numbers you track here.
details-not-set = Not set
details-pain-point = Pain point { $n }
details-ratings-none = The map has no criteria to rate on yet. Add them in Map details.
details-remove-delight = Remove moment of delight { $n }
details-remove-feedback = Remove quote { $n }
details-remove-hypothesis = Remove hypothesis { $n }
details-remove-metric = Remove { $name }
details-remove-pain-point = Remove pain point { $n }
details-score-hint = 1 is poor, 5 is excellent.
details-score-value = { $score } of 5
details-section-channel = Channel and ownership
details-section-experience = Experience
details-section-feedback = Customer feedback
details-section-metrics = Metrics
details-section-ratings = Ratings
details-section-timing = Timing
details-title = Touchpoint details

disk-keep-mine = Keep mine
disk-load-theirs = Load theirs
disk-message = “{ $file }” was changed on disk after you opened it, and you have unsaved changes. Keep yours (your next save replaces the file), load the new version (your changes are lost), or save yours as a separate copy.
disk-reloaded = The map was reloaded: its file was changed on disk.
disk-save-copy = Save mine as a copy…
disk-title = This map was changed by someone else

error-hint = The file has not been changed. Open another map, or start from the sample map.
error-no-document = No map is open in this window.
error-open = Open…
error-open-sample = Open sample map
error-resync = The map on screen was out of date and has been reloaded.
error-title = This map can’t be opened

export-cancelling = Cancelling…
export-csv-hint = Every touchpoint as a row, for Excel or Google Sheets.
export-csv-name = Spreadsheet (CSV)
export-delimiter = Separator
export-delimiter-comma = Comma ( , )
export-delimiter-hint = Excel in Russian, Polish and other languages that write decimal commas expects semicolons.
export-delimiter-semicolon = Semicolon ( ; )
export-done = Exported to { $file }.
export-format = Format
export-html-hint = One file that opens in any browser, no app needed.
export-html-name = Web page (HTML)
export-md-hint = Text with headings and lists, for wikis and notes.
export-md-name = Markdown
export-mmd-hint = A Mermaid journey diagram, drawn by GitHub, GitLab, Notion and Obsidian.
export-mmd-name = Mermaid diagram
export-no-options = This format has no options.
export-paper = Page size
export-paper-a3 = A3
export-paper-a4 = A4
export-paper-hint = A4, A3 and Letter pages are landscape; a large map continues on further pages.
export-paper-letter = Letter
export-paper-map = Map size (one page)
export-pdf-hint = For printing and sending: one page, or sheets of paper.
export-pdf-name = PDF document
export-png-hint = A picture for slides, chats and documents.
export-png-name = PNG image
export-progress = Exporting… { $percent }%
export-scale = Size
export-scale-hint = 2× has twice the pixels in each direction: sharp on slides and high-resolution screens.
export-scale-one = 1×
export-scale-two = 2×
export-submit = Export…
export-svg-hint = A picture that stays sharp at any size, for design tools.
export-svg-name = SVG image
export-title = Export map
export-waiting = Choose where to save the file…
export-xlsx-hint = Every touchpoint as a row, with the map’s details on a second sheet: filters, stages grouped, sentiment in colour.
export-xlsx-name = Excel workbook (XLSX)

filters-any-channel = Any channel
filters-any-lane = Any lane
filters-any-owner = Any owner
filters-channel = Channel
filters-clear = Clear filters
filters-label = Filter
filters-lane = Lane
filters-matching = Matching: { $count } of { $total }
filters-measure = Measure
filters-not-measured = Not measured
filters-off-target = Off target
filters-owner = Owner team
filters-sentiment = Sentiment
filters-untitled-lane = Untitled lane

find-close = Close Find (Escape)
find-count = { $count ->
    [one] 1 match
   *[other] { $count } matches
}
find-label = Find on the board
find-next = Next match (Enter, F3)
find-none = No matches
find-placeholder = Find in titles, descriptions, pain points, owners…
find-position = { $current } of { $count }
find-previous = Previous match (Shift+Enter, Shift+F3)

frequency-one-off = One-off
frequency-recurring = Recurring

heat-legend = { $name }, from worse to better
heat-legend-better = better
heat-legend-none = not measured
heat-legend-worse = worse
horizon-long-term = Long-term
horizon-short-term = Short-term

hypothesis-confirmed = Confirmed
hypothesis-idea = Idea
hypothesis-rejected = Rejected
hypothesis-testing = Testing

import-busy = Importing…
import-cards = As it will land
import-column-untitled = Column { $letter }
import-columns = Columns
import-columns-hint = What each column holds, as read from its header. Change it where the guess is wrong; each row below the header becomes a touchpoint.
import-counts = { $stages ->
            [one] { $stages } stage
           *[other] { $stages } stages
        }, { $touchpoints ->
            [one] { $touchpoints } touchpoint
           *[other] { $touchpoints } touchpoints
        }
import-delimiter-comma = commas
import-delimiter-other = “{ $char }”
import-delimiter-semicolon = semicolons
import-delimiter-tab = tabs
import-lands-in = The map opens in a new window, not saved yet.
import-notes = { $count ->
            [one] { $count } note
           *[other] { $count } notes
        }
import-notes-more = … and { $count } more.
import-read-as = Read as { $encoding }, cells separated by { $delimiter }
import-reading = Reading the file…
import-role-channel = Channel
import-role-control = Controlled by
import-role-delights = Moments of delight
import-role-description = Description
import-role-frequency = Frequency
import-role-horizon = Term
import-role-hypotheses = Hypotheses
import-role-id = Touchpoint id
import-role-ignore = Leave out
import-role-keep = Keep as a field
import-role-label = What column “{ $column }” holds
import-role-lane = Lane
import-role-order = Order in stage
import-role-owner = Owner team
import-role-pain-points = Pain points
import-role-presence = Online or offline
import-role-score = Score (1–5)
import-role-sentiment = Sentiment
import-role-stage = Stage
import-role-stage-id = Stage id
import-role-stage-number = Stage number
import-role-title = Touchpoint title
import-sample = The first rows of the sheet
import-sheet = Sheet
import-submit = Import
import-title = Import into a new map

lane-add = Add lane
lane-add-touchpoint = Add touchpoint to { $cell }
lane-blank = Blank lane
lane-cell = { $stage }, lane { $lane }
lane-delete = Delete lane
lane-header-label =
    { $count ->
        [one] Lane { $lane }, { $count } touchpoint
       *[other] Lane { $lane }, { $count } touchpoints
    }
lane-keys-hint = Alt with the up or down arrow key moves the lane. Enter or F2 renames it, Delete removes it.
lane-lanes = Lanes
lane-move-down = Move lane down
lane-move-up = Move lane up
lane-new-name = New lane
lane-rename = Rename lane
lane-rename-hint = Double-click to rename
lane-rename-label = Lane name
lane-suggest-actions = Customer actions
lane-suggest-opportunities = Opportunities
lane-suggest-pains = Pain points
lane-suggest-thoughts = Thoughts and feelings
lane-suggest-touchpoints = Touchpoints
lane-suggestions = Suggested lanes
lane-untitled = Untitled lane

library-add-to = Add “{ $title }” ({ $channel }) to { $stage }
library-hint = Click a touchpoint to add it to “{ $stage }”, or drag it onto any cell of the map.
library-no-match = No touchpoint matches “{ $query }”.
library-no-stages = The map has no stages yet: add one, then add touchpoints from here.
library-search = Search touchpoints
library-subtitle = Common touchpoints of each stage
library-suggested = For this stage
library-title = Touchpoint library

map-details-add-business-goal = Add a business goal
map-details-add-criterion = Add
map-details-add-customer-goal = Add a customer’s goal
map-details-add-persona = Add persona
map-details-add-persona-goal = Add a goal
map-details-bad-date = Enter a whole date: year, month and day.
map-details-business-goal = Business goal { $n }
map-details-business-goals = Business goals
map-details-criteria = Evaluation criteria
map-details-criteria-hint = Every touchpoint can be rated 1 to 5 on each criterion.
map-details-criterion-exists = The map already has the criterion { $name }.
map-details-criterion-preset = Choose a common criterion
map-details-custom-criterion = Or name your own criterion
map-details-customer-goal = Customer’s goal { $n }
map-details-customer-goals = Customer’s goals
map-details-goals = Goals
map-details-import-metrics = Import metric values…
map-details-last-review = Date of the last review
map-details-metrics-hint = Load this month’s values from a survey or analytics export: a column naming the touchpoint (its title or id) and a column per metric.
map-details-never-reviewed = Never reviewed. Review the map at least once a year.
map-details-new-persona = New persona
map-details-no-personas = No personas yet: add the customers this journey is about.
map-details-notes = Notes
map-details-notes-placeholder = Anything the team should know about this map
map-details-persona-description = Short description
map-details-persona-goal = Goal { $n }
map-details-persona-goals = Goals
map-details-persona-label = Persona { $n }
map-details-persona-name = Name
map-details-personas = Personas and segments
map-details-remove-business-goal = Remove business goal { $n }
map-details-remove-criterion = Remove the criterion { $name }
map-details-remove-customer-goal = Remove customer’s goal { $n }
map-details-remove-persona = Remove persona { $n }
map-details-remove-persona-goal = Remove goal { $n }
map-details-review = Review
map-details-reviewed = Last reviewed { $ago }.
map-details-reviewed-today = Reviewed today
map-details-title = Map details

measure-criterion = Criterion: { $name }
measure-heat = Heat view
measure-heat-hint = Colour the cards by the measure instead of their sentiment
measure-label = Measure on the board
measure-none = No measure
measure-show = Show
merge-base-message = No common version of this map and «{ $other }» was found in git. Choose the copy both were made from, so that each side's changes can be told apart, or merge without it: then every difference is a choice for you.
merge-base-pick = Choose common version…
merge-base-title = Which version were both copies made from?
merge-base-without = Merge without it
merge-done = Merged «{ $other }»: { $taken ->
        [one] { $taken } change taken
       *[other] { $taken } changes taken
    }, { $conflicts ->
        [0] no conflicts
        [one] { $conflicts } conflict to resolve
       *[other] { $conflicts } conflicts to resolve
    }. Save to keep the result.
merge-nothing-new = «{ $other }» has nothing this map lacks.
metrics-import-cards = Cards that get values
metrics-import-counts = { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }, { $values ->
        [one] { $values } value
       *[other] { $values } values
    }
metrics-import-date = Measured on
metrics-import-date-hint = for rows without a date of their own
metrics-import-more-cards = { $count ->
        [one] and { $count } more card
       *[other] and { $count } more cards
    }
metrics-import-row-many = { $count ->
        [one] Row { $row }: “{ $touchpoint }” names { $count } card
       *[other] Row { $row }: “{ $touchpoint }” names { $count } cards: use their ids
    }
metrics-import-row-none = Row { $row }: “{ $touchpoint }” is no card of this map
metrics-import-submit = Import values
metrics-import-title = Import metrics
metrics-import-unmatched = { $count ->
        [one] { $count } row names no card or several: nothing is imported until each row names one card
       *[other] { $count } rows name no card or several: nothing is imported until each row names one card
    }
metrics-import-was = was { $value }
notes-dismiss = Dismiss
notes-hint = The file on disk is unchanged until you save.
notes-recovered = Unsaved changes from { $time } were restored after Journey Mapper closed unexpectedly. Save to keep them, or close the window without saving to discard them.
notes-title = This map was opened with changes

overview-hide = Hide the overview
overview-title = Overview
overview-toggle = Overview of the whole map
panel-close = Close
panel-close-hint = Close (Esc)

presence-offline = Offline
presence-online = Online

recent-empty = No recent maps yet.
recent-missing = missing
recent-title = Open Recent

review-dismiss = Hide until the map is opened again
review-mark-today = Mark reviewed today
review-never = This map has never been reviewed — review it at least once a year.
review-overdue = Last reviewed { $ago } — time to review this map.

sentiment-negative = Negative
sentiment-neutral = Neutral
sentiment-positive = Positive

stage-add-touchpoint = Add touchpoint
stage-cards-label = Touchpoints in { $stage }
stage-delete = Delete stage
stage-empty = No touchpoints yet
stage-flag-all-negative = Every touchpoint here is negative
stage-flag-empty = No touchpoints in this stage: a gap in the journey?
stage-header-label =
    { $count ->
        [one] Stage { $stage }, { $count } touchpoint
       *[other] Stage { $stage }, { $count } touchpoints
    }
stage-keys-hint = Alt with the left or right arrow key moves the stage. Enter or F2 renames it, Delete removes it.
stage-label =
    { $count ->
        [one] { $stage }: { $count } touchpoint
       *[other] { $stage }: { $count } touchpoints
    }
stage-measure-mean = { $name }, mean: { $value }
stage-measure-none = { $name }: not measured
stage-measure-rating = { $name }: { $value } of 5
stage-measure-sum = { $name }, total: { $value }
stage-move-left = Move stage left
stage-move-right = Move stage right
stage-new-name = New stage
stage-rename = Rename stage
stage-rename-hint = Double-click to rename
stage-rename-label = Stage name
stage-summary = { $positive } positive, { $neutral } neutral, { $negative } negative
stage-summary-empty = No touchpoints
stage-untitled = Untitled stage

status-conflicts = { $count ->
        [one] { $count } conflict
       *[other] { $count } conflicts
    }
status-hint-move = move
status-hint-rename = rename
status-hint-sentiment = sentiment
status-language = Language
status-stages =
    { $count ->
        [one] { $count } stage
       *[other] { $count } stages
    }
status-touchpoints =
    { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    }

toast-dismiss = Dismiss

toolbar-export = Export…
toolbar-export-hint = Export as an image, PDF, web page or spreadsheet (Ctrl+E)
toolbar-find-hint = Find on the board (Ctrl+F)
toolbar-history = History
toolbar-library = Library
toolbar-library-hint = Common touchpoints of each stage, to add to the map (L)
toolbar-map-details = Map details
toolbar-map-details-hint = Personas, goals, notes and the date of the last review
toolbar-never-saved = Not saved yet
toolbar-open = Open…
toolbar-open-hint = Open a map (Ctrl+O)
toolbar-redo = Redo
toolbar-redo-hint = Redo (Ctrl+Shift+Z)
toolbar-rename-title = Rename the map
toolbar-save = Save
toolbar-save-as = Save as…
toolbar-save-as-hint = Save a copy under a new name (Ctrl+Shift+S)
toolbar-save-hint = Save (Ctrl+S)
toolbar-saved = All changes saved
toolbar-title-button = Map title: { $title }. Click to rename.
toolbar-title-label = Map title
toolbar-undo = Undo
toolbar-undo-hint = Undo (Ctrl+Z)
toolbar-unsaved = Unsaved changes
toolbar-untitled = Untitled map

toolbar-workshop = Workshop
toolbar-workshop-hint = Workshop mode: the map full screen, stage by stage (F5)
workshop-add = New card
workshop-emotion-negative = Feels negative
workshop-emotion-neutral = Feels neutral
workshop-emotion-positive = Feels positive
workshop-hypotheses = Hypotheses
workshop-keys-add = new card
workshop-keys-leave = leave
workshop-keys-stages = stages
workshop-leave = Leave workshop
workshop-next = Next stage
workshop-none = None yet
workshop-pain-points = Pain points
workshop-panel = The stage in view
workshop-previous = Previous stage
workshop-stage-of = Stage { $n } of { $count }
zoom-control = Zoom
zoom-fit = Fit to window
zoom-fit-hint = Fit the whole map in the window (Ctrl+1)
zoom-in = Zoom in
zoom-in-hint = Zoom in (Ctrl+=)
zoom-level = Zoom level
zoom-level-hint = Zoom level (Ctrl+0: 100%)
zoom-out = Zoom out
zoom-out-hint = Zoom out (Ctrl+-)
zoom-percent = { $percent }%
