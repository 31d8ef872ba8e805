### The changes between two copies of a map, one sentence each (journey-mapper diff).
### Titles and names are the maps' own; $field, $from, $to and $place come already worded.

# Headings the sentences are grouped under.
diff-heading-map = The map
diff-heading-lanes = Lanes
diff-heading-stage = Stage «{ $name }»
# A card's place: its stage, or its stage and lane.
diff-place-stage = { $stage }
diff-place-cell = { $stage }, lane { $lane }
# The value of a field that is empty or not set.
diff-nothing = nothing
# The map's stable id, which two copies of one map share.
diff-field-id = Id
# A field this version of the app does not know, by its name in the file.
diff-field-unknown = Field «{ $name }»
diff-map-changed = { $field } of the map changed from { $from } to { $to }
diff-lane-added = Lane «{ $name }» added
diff-lane-removed = Lane «{ $name }» removed
diff-lane-renamed = Lane «{ $from }» renamed to «{ $to }»
diff-lane-moved = Lane «{ $name }» moved from row { $from } to row { $to }
diff-lane-changed = { $field } of lane «{ $name }» changed from { $from } to { $to }
diff-stage-added = Stage «{ $name }» added
diff-stage-removed = Stage «{ $name }» removed
diff-stage-renamed = Stage «{ $from }» renamed to «{ $to }»
diff-stage-moved = Stage «{ $name }» moved from column { $from } to column { $to }
diff-stage-changed = { $field } of stage «{ $name }» changed from { $from } to { $to }
diff-card-added = Card «{ $title }» added to { $place }
diff-card-removed = Card «{ $title }» removed from { $place }
diff-card-moved = Card «{ $title }» moved from { $from } to { $to }
# A card that moved among the cards of its own cell; $from and $to count from 1.
diff-card-reordered = Card «{ $title }» moved from place { $from } to place { $to } in { $place }
diff-card-renamed = Card «{ $from }» renamed to «{ $to }»
diff-card-sentiment = Sentiment of «{ $title }» changed from { $from } to { $to }
diff-card-changed = { $field } of «{ $title }» changed from { $from } to { $to }
# A comparison in the app: the card's place and its position among the cards there, from 1.
diff-place-spot = { $place }, place { $index }
# The names of a card's place and of a stage's or lane's position, as a card's details show a change.
diff-field-place = Place
diff-field-position = Position

# The fields of format 1.2, as the diff names them.
diff-field-metrics = Metrics
diff-field-ratings = Ratings
diff-field-feedback = Feedback
diff-field-metric-definitions = Metrics of the map
diff-field-criteria = Evaluation criteria
