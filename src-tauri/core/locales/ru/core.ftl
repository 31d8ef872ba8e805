### The core's messages: why a file does not open, what the reader repaired, why a save,
### an edit or an export failed. The json-* texts translate what the JSON parser says.

load-io = не удаётся прочитать: { $reason }
load-too-large = занимает { $size } МиБ — больше предела в { $limit } МиБ для файла карты
load-empty = пуст; ожидалась карта пути клиента в формате JSON
load-binary = — двоичный файл, а не текст; ожидалась карта пути клиента в формате JSON
load-image-without-map = — изображение { $image } без карты пути клиента внутри; карту содержат только изображения, экспортированные из Journey Mapper
load-not-utf8 = — не текст в UTF-8 (недопустимый байт по смещению { $offset }); ожидалась карта пути клиента в формате JSON
load-truncated = { $line }:{ $column }: файл обрывается слишком рано; похоже, он обрезан
load-syntax = { $line }:{ $column }: недопустимый JSON: { $detail }
load-not-a-map = — не карта пути клиента: ожидался объект JSON с "format": "journey-map"
load-missing-version = "version": ожидалась версия вида "1.0", но её нет
load-bad-version = "version": ожидалась версия вида "1.0", а указано { $found }
load-newer-major = в формате версии { $found } — его создала более новая версия Journey Mapper; обновите приложение, чтобы открыть этот файл
load-too-deep = { $line }:{ $column }: вложенность глубже { $limit } уровней — это предел для файла карты
load-shape = { $line }:{ $column }: в { $path }: { $detail }
load-shape-top = { $line }:{ $column }: на верхнем уровне: { $detail }
load-conflicted = { $line }: содержит неразрешённые конфликты слияния ({ $blocks ->
        [1] { $blocks } конфликтный блок, в строке { $line }
        [one] { $blocks } конфликтный блок, первый — в строке { $line }
        [few] { $blocks } конфликтных блока, первый — в строке { $line }
        [many] { $blocks } конфликтных блоков, первый — в строке { $line }
       *[other] { $blocks } конфликтного блока, первый — в строке { $line }
    }); объедините версии в Journey Mapper или разрешите конфликты вручную

io-not-found = такого файла или папки нет
io-permission-denied = нет доступа
io-is-a-directory = это папка, а не файл

save-failed = Не удалось сохранить { $file }: { $reason }
save-read-only = нет доступа: файл или его папка только для чтения. Сохраните карту в другое место
save-no-folder = его папки больше нет. Сохраните карту в другое место
save-exists = файл с таким именем уже существует
save-disk-full = диск заполнен. Освободите место или сохраните карту в другое место
save-changed-on-disk = файл { $file } изменили на диске после того, как вы его открыли; сохраните карту под другим именем или загрузите файл заново, чтобы увидеть чужие изменения
save-no-file = у карты ещё нет файла; используйте «Сохранить как»

edit-no-such-stage = нет этапа с id «{ $id }»; возможно, его удалили
edit-no-such-touchpoint = нет точки контакта с id «{ $id }»; возможно, её удалили
edit-no-such-lane = нет дорожки с id «{ $id }»; возможно, её удалили
edit-duplicate-id = id «{ $id }» уже используется в этой карте
edit-bad-score = балл — это целое число от 1 до 5, а не { $score }
edit-bad-date = «{ $date }» — не дата; используйте формат ГГГГ-ММ-ДД
edit-bad-rating = оценка — это целое число от 1 до 5, а не { $rating }
edit-bad-number = { $value } не может быть значением метрики
edit-duplicate-metric = метрика «{ $name }» уже есть
edit-no-such-metric = на этой карточке нет метрики «{ $name }»
edit-no-such-criterion = в карте нет критерия «{ $id }»
edit-duplicate-criterion = идентификатор критерия «{ $id }» пуст или повторяется
edit-criterion-in-use = по критерию «{ $id }» ещё оценены карточки
edit-no-such-feedback = на этой карточке нет отзыва с номером { $index }
edit-out-of-scale = { $value } — вне шкалы метрики «{ $name }»

export-cancelled = экспорт отменён
export-render = не удалось нарисовать карту в формате { $format }: { $reason }
export-thread-failed = не удалось нарисовать карту в формате { $format }: поток отрисовки завершился с ошибкой
export-no-memory = не удалось нарисовать карту в формате { $format }: не удалось выделить память под изображение { $width } × { $height }
export-too-large = изображение получилось бы { $width } × { $height } пикселей, больше предела PNG в { $limit } пикселей; экспортируйте карту в PDF
export-too-large-scaled = изображение получилось бы { $width } × { $height } пикселей, больше предела PNG в { $limit } пикселей; экспортируйте карту в масштабе 1× или в PDF
export-would-overwrite-map = { $file } — это сам файл карты; выберите для экспорта другое имя

note-newer-minor = карта создана в более новой версии Journey Mapper (формат { $version }); поля, которых эта версия не знает, сохраняются
note-from-image = карта прочитана из изображения { $image }; «Сохранить как» сохранит её как файл карты
note-from-conflict-markers = { $blocks ->
        [one] в файле были метки конфликта git в { $blocks } месте
        [few] в файле были метки конфликта git в { $blocks } местах
       *[other] в файле были метки конфликта git в { $blocks } местах
    }: он открыт как слияние двух его версий { $base ->
        [file] (с общей версией из самого файла)
        [git] (с общей версией из git)
       *[none] (общая версия не найдена: каждое различие — выбор)
    }; разрешите конфликты и сохраните
note-conflicts = { $count ->
        [one] в файле записан { $count } конфликт слияния; до его разрешения действуют наши значения
        [few] в файле записано { $count } конфликта слияния; до их разрешения действуют наши значения
       *[other] в файле записано { $count } конфликтов слияния; до их разрешения действуют наши значения
    }

repair-not-a-date = { $found } — не дата (ГГГГ-ММ-ДД); значение удалено
repair-not-one-of-set = { $found } — не одно из значений { $choices }; установлено { $value }
repair-not-one-of-empty = { $found } — не одно из значений { $choices }; поле оставлено пустым
repair-not-a-sentiment = { $found } — не оценка (positive, neutral или negative); установлено neutral
repair-not-a-score = { $found } — не балл (целое число от 1 до 5); значение удалено
repair-not-text = { $found } не было текстом; записано как текст
repair-not-a-text-list = { $found } — не список текстов; сохранено как один текст
repair-not-a-hypothesis-list = { $found } — не список гипотез; сохранено как одна гипотеза
repair-not-a-hypothesis = { $found } — не гипотеза; сохранено как её текст
repair-stage-missing-id = у этапа не было id; ему присвоен «{ $given }»
repair-lane-missing-id = у дорожки не было id; ей присвоен «{ $given }»
repair-touchpoint-missing-id = у точки контакта не было id; ей присвоен «{ $given }»
repair-stage-duplicate-id = id этапа «{ $id }» встречается дважды; этому этапу присвоен «{ $given }»
repair-lane-duplicate-id = id дорожки «{ $id }» встречается дважды; этой дорожке присвоен «{ $given }»
repair-touchpoint-duplicate-id = id точки контакта «{ $id }» встречается дважды; этой точке контакта присвоен «{ $given }»
repair-no-stage = у точки контакта нет этапа; она помещена в новый этап «{ $stage }»
repair-unknown-stage = точка контакта ссылается на этап «{ $missing }», которого нет; она помещена в новый этап «{ $stage }»
repair-no-lanes = в карте нет дорожек, поэтому дорожка «{ $lane }» удалена
repair-unknown-lane = точка контакта ссылается на дорожку «{ $missing }», которой нет; она помещена на первую дорожку, «{ $first }»

json-expected-value = ожидалось значение
json-expected-ident = ожидалось true, false или null
json-expected-colon = ожидалось `:`
json-expected-comma-or-bracket = ожидалось `,` или `]`
json-expected-comma-or-brace = ожидалось `,` или `{ "}" }`
json-trailing-comma = лишняя запятая в конце
json-trailing-characters = лишние символы после конца документа
json-key-must-be-string = ключ должен быть строкой
json-invalid-escape = недопустимая escape-последовательность
json-invalid-number = недопустимое число
json-number-out-of-range = число вне допустимого диапазона
json-invalid-unicode = недопустимый код символа Unicode
json-control-character = управляющий символ (\u0000-\u001F) внутри строки
json-lone-surrogate = непарный суррогатный код в escape-последовательности
json-hex-escape-end = escape-последовательность \u обрывается
json-invalid-type = неверный тип: { $found }, ожидается: { $expected }
json-invalid-value = неверное значение: { $found }, ожидается: { $expected }
json-invalid-length = неверная длина { $length }, ожидается: { $expected }
json-missing-field = нет поля `{ $field }`
json-duplicate-field = поле `{ $field }` повторяется
json-unknown-variant = неизвестное значение `{ $found }`, ожидается: { $expected }
json-one-of = одно из { $list }
json-type-integer = целое число
json-type-float = дробное число
json-type-string = строка
json-type-boolean = логическое значение
json-type-sequence = список
json-type-map = объект
json-expect-string = строка
json-expect-sequence = список
json-expect-map = объект
json-expect-boolean = true или false
json-expect-integer = целое число
json-expect-number = число
json-expect-object = объект

## The command line

cli-unknown-option = неизвестный параметр '{ $word }'
cli-unknown-word = '{ $word }' — это не подкоманда и не существующий файл
cli-no-display = для окна нужен графический дисплей, а его нет (не заданы ни DISPLAY, ни WAYLAND_DISPLAY); без дисплея работают подкоманды: { $subcommands }

## Импорт карты, сделанной в другом месте (путь в Mermaid)

import-empty = файл пуст: импортировать нечего
import-no-journey = это не диаграмма journey в Mermaid: первая строка должна быть «journey»
import-no-journey-block = в файле Markdown нет пути Mermaid: не найден блок ```mermaid, начинающийся с «journey»
import-not-text = файл не является текстом: таблица должна быть текстом CSV или TSV (в любой кодировке) или книгой, а диаграмма — текстом в UTF-8
import-unsupported = файлы вида «.{ $extension }» не импортируются: читаются таблицы (.csv, .tsv, .xlsx, .xls, .ods) и пути Mermaid (файл .mmd или файл .md с блоком ```mermaid journey)
# One of the names a message lists: a header, a sheet.
import-quoted = «{ $text }»
import-read = не удалось прочитать { $file }: { $reason }
import-no-score = строка { $line }: у «{ $text }» нет оценки (пишите «название: от 1 до 5»), поэтому она пропущена
import-bad-score = строка { $line }: оценка «{ $score }» у «{ $text }» — не число от 1 до 5, поэтому точка импортирована как нейтральная, без оценки
import-unreadable = строка { $line }: «{ $text }» — не заголовок, не раздел и не задача, поэтому она пропущена
import-row-no-stage = строка { $row }, столбец «{ $column }»: у строки нет этапа, и ни у одной строки выше его нет, поэтому она пропущена
import-row-no-title = строка { $row }, столбец «{ $column }»: у строки нет названия точки контакта, поэтому она пропущена
import-cell-unknown = строка { $row }, столбец «{ $column }»: «{ $value }» — не то значение, которое принимает этот столбец, поэтому оно сохранено в карточке как поле «{ $column }»
import-cell-duplicate-id = строка { $row }, столбец «{ $column }»: id «{ $value }» уже есть у точки контакта выше, поэтому эта получила новый id
import-cell-not-a-number = строка { $row }, столбец «{ $column }»: «{ $value }» — не число, поэтому значение пропущено
import-cell-out-of-scale = строка { $row }, столбец «{ $column }»: { $value } — вне шкалы метрики, поэтому значение пропущено
import-cell-no-metric-value = строка { $row }, столбец «{ $column }»: в строке нет значения этой метрики, поэтому «{ $value }» сохранено в карточке как поле «{ $column }»
import-no-touchpoint-column = нет столбца с точкой контакта: таблице метрик нужен столбец «Точка контакта» или «Id точки контакта» («Touchpoint», «Punkt styku») и по столбцу на метрику; { $count ->
        [0] в таблице нет заголовков
       *[other] заголовки таблицы: { $found }
    }
import-no-metric-columns = рядом со столбцом точек контакта не найдено ни одного столбца значений метрик: озаглавьте каждый названием метрики (NPS, CSAT…); { $count ->
        [0] в таблице нет заголовков
       *[other] заголовки таблицы: { $found }
    }
import-no-columns = { $missing ->
        [stage] не найден столбец этапов
        [title] не найден столбец названий точек контакта
       *[both] не найдены ни столбец этапов, ни столбец названий точек контакта
    }: для пути нужен столбец с заголовком «Этап» («Stage», «Etap») и столбец «Точка контакта» («Touchpoint», «Punkt styku»); { $count ->
        [0] в таблице нет заголовков
       *[other] заголовки таблицы: { $found }
    }
import-workbook = книгу не удалось прочитать, возможно, она повреждена: { $reason }
import-encrypted = книга защищена паролем: откройте её в табличном редакторе, сохраните копию без пароля и импортируйте её
import-no-sheet = в книге нет листа «{ $name }»: её листы — { $sheets }
import-written = { $file }: записано, { $stages ->
        [one] { $stages } этап
        [few] { $stages } этапа
        [many] { $stages } этапов
       *[other] { $stages } этапа
    }, { $touchpoints ->
        [one] { $touchpoints } точка контакта
        [few] { $touchpoints } точки контакта
        [many] { $touchpoints } точек контакта
       *[other] { $touchpoints } точки контакта
    }
metrics-map-repaired = при чтении { $file } понадобились исправления, поэтому метрики не обновлены: сначала откройте и сохраните карту в Journey Mapper, чтобы эта команда меняла только метрики
metrics-map-is-image = { $file } — изображение с картой внутри: откройте его в Journey Mapper и сохраните как файл карты, затем обновите метрики этого файла
metrics-unmatched = { $file }: { $count ->
        [one] { $count } строка не указывает
        [few] { $count } строки не указывают
        [many] { $count } строк не указывают
       *[other] { $count } строки не указывают
    } ровно одну точку контакта { $map }, поэтому ничего не изменено; укажите в каждой строке id или точное название точки контакта:
metrics-row-unmatched = строка { $row }: { $cards ->
        [0] «{ $touchpoint }» — не точка контакта этой карты
        [one] «{ $touchpoint }» — название { $cards } точки контакта (укажите id)
        [few] «{ $touchpoint }» — название { $cards } точек контакта (укажите их id)
        [many] «{ $touchpoint }» — название { $cards } точек контакта (укажите их id)
       *[other] «{ $touchpoint }» — название { $cards } точек контакта (укажите их id)
    }
metrics-written = { $file }: записано { $values ->
        [one] { $values } значение
        [few] { $values } значения
        [many] { $values } значений
       *[other] { $values } значения
    } для { $touchpoints ->
        [one] { $touchpoints } точки контакта
        [few] { $touchpoints } точек контакта
        [many] { $touchpoints } точек контакта
       *[other] { $touchpoints } точки контакта
    }
## Метрики, критерии и отзывы (формат 1.2)

metric-preset-nps = Индекс NPS
metric-preset-csat = Индекс CSAT
metric-preset-csat-percent = Индекс CSAT, %
metric-preset-ces = Индекс CES
metric-preset-conversion-rate = Конверсия
metric-preset-response-time = Время ответа
metric-preset-reach = Охват
metric-preset-customer-count = Число клиентов
criterion-preset-design = Дизайн и качество
criterion-preset-content = Содержание
criterion-preset-reachability = Доступность
criterion-preset-response-speed = Скорость ответа
criterion-preset-frequency = Частота
criterion-preset-engagement = Вовлечённость
criterion-preset-personal-tone = Личный тон
repair-not-a-metric-list = на карточке «{ $card }» { $found } — не список метрик; значение удалено
repair-not-a-metric = на карточке «{ $card }» { $found } — не метрика; она удалена
repair-metric-not-a-number = на карточке «{ $card }» значение метрики «{ $name }», { $found }, — не число; метрика удалена
repair-metric-without-value = на карточке «{ $card }» у метрики «{ $name }» нет значения; она удалена
repair-metric-target-without-value = на карточке «{ $card }» у метрики «{ $name }» есть цель ({ $target }), но нет значения; метрика удалена
repair-metric-out-of-scale = на карточке «{ $card }» значение { $found } метрики «{ $name }» вне её шкалы ({ $scale }); установлено { $value }
repair-metric-duplicate = на карточке «{ $card }» метрика «{ $name }» встречается не один раз; эта переименована в «{ $given }»
repair-not-ratings = на карточке «{ $card }» { $found } — не оценки по критериям; значение удалено
repair-not-a-rating = на карточке «{ $card }» оценка { $found } по критерию «{ $criterion }» — не целое число от 1 до 5; она удалена
repair-unknown-criterion = карточка «{ $card }» оценена по критерию «{ $id }», которого нет в карте; он добавлен в критерии карты
repair-not-a-feedback-list = на карточке «{ $card }» { $found } — не список отзывов; значение сохранено как одна цитата
