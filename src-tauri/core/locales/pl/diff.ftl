### The changes between two copies of a map, one sentence each (journey-mapper diff).
### Titles and names are the maps' own; $field, $from, $to and $place come already worded.

# Headings the sentences are grouped under.
diff-heading-map = Mapa
diff-heading-lanes = Tory
diff-heading-stage = Etap «{ $name }»
# A card's place: its stage, or its stage and lane.
diff-place-stage = { $stage }
diff-place-cell = { $stage }, tor { $lane }
# The value of a field that is empty or not set.
diff-nothing = brak
# The map's stable id, which two copies of one map share.
diff-field-id = Identyfikator
# A field this version of the app does not know, by its name in the file.
diff-field-unknown = Pole «{ $name }»
diff-map-changed = { $field } mapy: było { $from }, jest { $to }
diff-lane-added = Dodano tor «{ $name }»
diff-lane-removed = Usunięto tor «{ $name }»
diff-lane-renamed = Tor «{ $from }» ma teraz nazwę «{ $to }»
diff-lane-moved = Tor «{ $name }» przeniesiono z wiersza { $from } do wiersza { $to }
diff-lane-changed = { $field } toru «{ $name }»: było { $from }, jest { $to }
diff-stage-added = Dodano etap «{ $name }»
diff-stage-removed = Usunięto etap «{ $name }»
diff-stage-renamed = Etap «{ $from }» ma teraz nazwę «{ $to }»
diff-stage-moved = Etap «{ $name }» przeniesiony z kolumny { $from } do kolumny { $to }
diff-stage-changed = { $field } etapu «{ $name }»: było { $from }, jest { $to }
diff-card-added = Dodano kartę «{ $title }»: { $place }
diff-card-removed = Usunięto kartę «{ $title }»: { $place }
diff-card-moved = Karta «{ $title }» przeniesiona: { $from } → { $to }
# A card that moved among the cards of its own cell; $from and $to count from 1.
diff-card-reordered = Karta «{ $title }» przeniesiona z miejsca { $from } na miejsce { $to } ({ $place })
diff-card-renamed = Karta «{ $from }» ma teraz nazwę «{ $to }»
diff-card-sentiment = Ocena karty «{ $title }»: było { $from }, jest { $to }
diff-card-changed = { $field } karty «{ $title }»: było { $from }, jest { $to }
# A comparison in the app: the card's place and its position among the cards there, from 1.
diff-place-spot = { $place }, miejsce { $index }
# The names of a card's place and of a stage's or lane's position, as a card's details show a change.
diff-field-place = Miejsce
diff-field-position = Pozycja

# The fields of format 1.2, as the diff names them.
diff-field-metrics = Metryki
diff-field-ratings = Oceny
diff-field-feedback = Opinie
diff-field-metric-definitions = Metryki mapy
diff-field-criteria = Kryteria oceny
