### The changes between two copies of a map, one sentence each (journey-mapper diff).
### Titles and names are the maps' own; $field, $from, $to and $place come already worded.

# Headings the sentences are grouped under.
diff-heading-map = Карта
diff-heading-lanes = Дорожки
diff-heading-stage = Этап «{ $name }»
# A card's place: its stage, or its stage and lane.
diff-place-stage = { $stage }
diff-place-cell = { $stage }, дорожка { $lane }
# The value of a field that is empty or not set.
diff-nothing = пусто
# The map's stable id, which two copies of one map share.
diff-field-id = Идентификатор
# A field this version of the app does not know, by its name in the file.
diff-field-unknown = Поле «{ $name }»
diff-map-changed = { $field } карты: было { $from }, стало { $to }
diff-lane-added = Добавлена дорожка «{ $name }»
diff-lane-removed = Удалена дорожка «{ $name }»
diff-lane-renamed = Дорожка «{ $from }» переименована в «{ $to }»
diff-lane-moved = Дорожка «{ $name }» перемещена со строки { $from } на строку { $to }
diff-lane-changed = { $field } дорожки «{ $name }»: было { $from }, стало { $to }
diff-stage-added = Добавлен этап «{ $name }»
diff-stage-removed = Удалён этап «{ $name }»
diff-stage-renamed = Этап «{ $from }» переименован в «{ $to }»
diff-stage-moved = Этап «{ $name }» перемещён со столбца { $from } на столбец { $to }
diff-stage-changed = { $field } этапа «{ $name }»: было { $from }, стало { $to }
diff-card-added = Карточка «{ $title }» добавлена: { $place }
diff-card-removed = Карточка «{ $title }» удалена: { $place }
diff-card-moved = Карточка «{ $title }» перемещена: { $from } → { $to }
# A card that moved among the cards of its own cell; $from and $to count from 1.
diff-card-reordered = Карточка «{ $title }» перемещена с места { $from } на место { $to } ({ $place })
diff-card-renamed = Карточка «{ $from }» переименована в «{ $to }»
diff-card-sentiment = Оценка карточки «{ $title }»: было { $from }, стало { $to }
diff-card-changed = { $field } карточки «{ $title }»: было { $from }, стало { $to }
# A comparison in the app: the card's place and its position among the cards there, from 1.
diff-place-spot = { $place }, место { $index }
# The names of a card's place and of a stage's or lane's position, as a card's details show a change.
diff-field-place = Место
diff-field-position = Позиция

# The fields of format 1.2, as the diff names them.
diff-field-metrics = Метрики
diff-field-ratings = Оценки
diff-field-feedback = Отзывы
diff-field-metric-definitions = Метрики карты
diff-field-criteria = Критерии оценки
