### The web page's texts. Shown in the window: values are isolated for bidirectional text.

announce-added = «{ $title }» добавлена в этап { $stage }.
announce-deleted = «{ $title }» удалена.
announce-lane-added = Дорожка { $lane } добавлена.
announce-lane-deleted = Дорожка { $lane } удалена.
announce-lane-moved = Дорожка { $lane } перемещена на позицию { $position } из { $count }.
announce-lanes-started = На карте появились дорожки: все точки контакта теперь на дорожке { $lane }.
announce-moved = «{ $title }» перемещена в этап { $stage }, позиция { $position } из { $count }.
announce-moved-lane = «{ $title }» перемещена в этап { $stage }, дорожка { $lane }, позиция { $position } из { $count }.
announce-redone = Повторено.
announce-saved = Сохранено: { $file }.
announce-sentiment = «{ $title }»: теперь { $sentiment }.
announce-stage-deleted = Этап { $stage } удалён.
announce-stage-moved = Этап { $stage } перемещён на позицию { $position } из { $count }.
announce-undone = Отменено.

app-loading = Загрузка карты…
app-name = Journey Mapper

board-add-lanes = Добавить дорожки
board-add-lanes-hint = Разделить карту на строки: действия клиента, мысли, проблемы и другие
board-add-stage = Добавить этап
board-empty-text = Этапы — это фазы, через которые проходит клиент: осведомлённость, рассмотрение, покупка. Добавьте первый этап, чтобы начать карту.
board-empty-title = В этой карте пока нет этапов

card-delete = Удалить точку контакта
card-delete-hint = Удалить точку контакта (Delete)
card-details = Сведения о точке контакта
card-details-hint = Сведения (I)
card-keys-hint = Стрелки выбирают другую точку контакта. Alt со стрелкой перемещает её. 1, 2 и 3 задают позитивную, нейтральную или негативную оценку. Enter или F2 переименовывает, Delete удаляет. I открывает сведения о ней.
card-label = { $title }. { $sentiment }. Точка контакта { $position } из { $count } в этапе { $stage }.
card-metric = { $name }: { $value }
card-metric-off-target = { $name }: { $value }, цель { $target } не достигнута
card-metric-on-target = { $name }: { $value }, цель { $target } достигнута
card-new-title = Новая точка контакта
card-rating = { $name }: { $value } из 5
card-rename = Переименовать точку контакта
card-rename-hint = Переименовать (F2)
card-rename-label = Название точки контакта
card-sentiment-label = Оценка
card-set-sentiment-hint = { $sentiment } ({ $key })

channel-billing = Счета и оплата
channel-email = Email
channel-messenger = Мессенджер
channel-online-ad = Онлайн-реклама
channel-other = Другое
channel-packaging = Упаковка
channel-partner = Партнёр
channel-phone = Телефон
channel-print-outdoor = Печать и наружная реклама
channel-referral = Рекомендация
channel-reviews = Отзывы и сторонние сайты
channel-search = Поиск
channel-social-media = Соцсети
channel-store = Магазин / точка продаж
channel-website = Сайт

common-cancel = Отмена

compare-announce-ended = Сравнение завершено.
compare-announce-none = Отличий от { $name } нет.
compare-announce-started =
    { $count ->
        [one] { $count } изменение по сравнению с { $name }. F7 покажет его.
        [few] { $count } изменения по сравнению с { $name }. F7 покажет следующее.
        [many] { $count } изменений по сравнению с { $name }. F7 покажет следующее.
       *[other] { $count } изменения по сравнению с { $name }. F7 покажет следующее.
    }
compare-announce-step = Изменение { $index } из { $count }: { $change }
compare-card-added = Это новая точка контакта: в другой копии её нет.
compare-card-heading = Сравнение с { $name }
compare-card-new = Стало
compare-card-old = Было
compare-card-same = Не изменилась по сравнению с другой копией.
compare-close = Завершить сравнение
compare-close-hint = Завершить сравнение (Escape)
compare-count =
    { $count ->
        [one] { $count } изменение
        [few] { $count } изменения
        [many] { $count } изменений
       *[other] { $count } изменения
    }
compare-curve-old = Другая копия: { $name }
compare-ghost-label = Удалённая точка контакта: { $title }. { $change }.
compare-keys-hint = F7 — следующее изменение, Shift+F7 — предыдущее. Escape завершает сравнение.
compare-mark-added = Новая
compare-mark-changed = Изменена
compare-mark-lane-added = Новая
compare-mark-lane-changed = Изменена
compare-mark-lane-moved = Перемещена
compare-mark-lane-removed = Удалена
compare-mark-moved = Перемещена
compare-mark-moved-from = Раньше: { $place }
compare-mark-removed = Удалена
compare-mark-renamed-from = Было «{ $name }»
compare-mark-reordered = Перемещена
compare-mark-stage-added = Новый
compare-mark-stage-changed = Изменён
compare-mark-stage-moved = Перемещён
compare-mark-stage-removed = Удалён
compare-next = Следующее
compare-next-hint = Следующее изменение (F7)
compare-none-text = Эта карта и { $name } совпадают.
compare-none-title = Отличий нет
compare-previous = Предыдущее
compare-previous-hint = Предыдущее изменение (Shift+F7)
compare-subtitle = Эта карта и { $name }
compare-title = Изменения

confirm-delete-lane-confirm = Удалить дорожку
confirm-delete-lane-last-message =
    { $count ->
        [one] Это единственная дорожка: карта снова станет одной строкой, а её { $count } точка контакта останется на карте. Это можно отменить.
        [few] Это единственная дорожка: карта снова станет одной строкой, а её { $count } точки контакта останутся на карте. Это можно отменить.
        [many] Это единственная дорожка: карта снова станет одной строкой, а её { $count } точек контакта останутся на карте. Это можно отменить.
       *[other] Это единственная дорожка: карта снова станет одной строкой, а её { $count } точки контакта останутся на карте. Это можно отменить.
    }
confirm-delete-lane-message =
    { $count ->
        [one] { $count } точка контакта с этой дорожки перейдёт на дорожку «{ $lane }». Это можно отменить.
        [few] { $count } точки контакта с этой дорожки перейдут на дорожку «{ $lane }». Это можно отменить.
        [many] { $count } точек контакта с этой дорожки перейдут на дорожку «{ $lane }». Это можно отменить.
       *[other] { $count } точки контакта с этой дорожки перейдут на дорожку «{ $lane }». Это можно отменить.
    }
confirm-delete-lane-title = Удалить дорожку «{ $lane }»?
confirm-delete-stage-confirm = Удалить этап
confirm-delete-stage-message =
    { $count ->
        [one] Вместе с ним будет удалена { $count } точка контакта. Это можно отменить.
        [few] Вместе с ним будут удалены { $count } точки контакта. Это можно отменить.
        [many] Вместе с ним будут удалены { $count } точек контакта. Это можно отменить.
       *[other] Вместе с ним будут удалены { $count } точки контакта. Это можно отменить.
    }
confirm-delete-stage-title = Удалить этап «{ $stage }»?
confirm-discard-confirm = Отбросить изменения
confirm-discard-message = В этой карте есть несохранённые изменения. Если открыть пример карты в этом окне, они будут потеряны.
confirm-discard-title = Отбросить несохранённые изменения?

conflicts-all-resolved = Все конфликты разрешены. Сохраните, чтобы оставить объединённую карту.
conflicts-hint = Обе копии изменили это по-разному; сейчас на доске значение этой копии. Оставьте его или возьмите значение другой копии. Каждый выбор можно отменить.
conflicts-keep-ours = Оставить из этой копии
conflicts-left = { $count ->
        [one] Остался { $count } конфликт
        [few] Осталось { $count } конфликта
        [many] Осталось { $count } конфликтов
       *[other] Осталось { $count } конфликтов
    }
conflicts-none-subtitle = Все разрешены
conflicts-subtitle = { $count ->
        [one] Осталось разрешить: { $count }
        [few] Осталось разрешить: { $count }
        [many] Осталось разрешить: { $count }
       *[other] Осталось разрешить: { $count }
    }
conflicts-take-theirs = Взять из другой копии
conflicts-title = Конфликты слияния
control-brand = Бренд
control-third-party = Третья сторона

curve-compare-none = Без сравнения
curve-compare-with = Сравнить с
curve-follow = По показателю «{ $name }»
curve-no-cards = нет точек контакта
curve-point = { $stage }: { $feeling }
curve-this-map = Эта карта
curve-title = Кривая эмоций

curve-title-measure = { $name } по этапам
details-add-delight = Добавить момент радости
details-add-feedback = Добавить цитату клиента
details-add-hypothesis = Добавить гипотезу
details-add-metric = Добавить метрику
details-add-metric-button = Добавить
details-add-pain-point = Добавить проблему
details-delight = Момент радости { $n }
details-empty = Выберите точку контакта на карте, чтобы увидеть и изменить сведения о ней.
details-empty-title = Точка контакта не выбрана
details-feedback = Цитата { $n }
details-feedback-date = Дата отзыва
details-feedback-source = Источник цитаты
details-feedback-source-placeholder = Кто и где сказал: интервью, отзыв, поддержка
details-field-channel = Канал
details-field-control = Кто управляет
details-field-delights = Моменты радости
details-field-description = Описание
details-field-description-placeholder = Что здесь происходит с точки зрения клиента?
details-field-feedback = Словами клиента
details-field-frequency = Частота
details-field-horizon = Срок
details-field-hypotheses = Гипотезы
details-field-owner = Ответственная команда
details-field-owner-placeholder = Например, маркетинг
details-field-pain-points = Проблемы
details-field-presence = Онлайн или офлайн
details-field-score = Оценка (1–5)
details-field-title = Название
details-hypothesis = Гипотеза { $n }
details-hypothesis-status = Статус гипотезы { $n }
details-in-stage = Этап: { $stage }
details-in-stage-lane = Этап: { $stage } · Дорожка: { $lane }
details-metric-date = Дата измерения
details-metric-exists = У этой точки уже есть «{ $name }»: измените значение выше.
details-metric-facts = Цель, дата и источник
details-metric-name = Метрика
details-metric-name-placeholder = NPS, CSAT или своя
details-metric-no-name = Выберите метрику или введите её название.
details-metric-not-a-number = Введите число, например 42 или 2,5.
details-metric-off-target = Цель { $target } не достигнута
details-metric-on-target = Цель { $target } достигнута
details-metric-source = Источник
details-metric-source-placeholder = Опрос, аналитика, CRM…
details-metric-target = Цель
details-metric-target-placeholder = Цель карты, если есть
details-metric-value = Значение
details-metrics-none = Метрик пока нет: добавьте показатели, которые вы отслеживаете.
details-not-set = Не задано
details-pain-point = Проблема { $n }
details-ratings-none = У карты пока нет критериев оценки. Добавьте их в «Сведениях о карте».
details-remove-delight = Удалить момент радости { $n }
details-remove-feedback = Удалить цитату { $n }
details-remove-hypothesis = Удалить гипотезу { $n }
details-remove-metric = Удалить «{ $name }»
details-remove-pain-point = Удалить проблему { $n }
details-score-hint = 1 — плохо, 5 — отлично.
details-score-value = { $score } из 5
details-section-channel = Канал и ответственность
details-section-experience = Опыт клиента
details-section-feedback = Отзывы клиентов
details-section-metrics = Метрики
details-section-ratings = Оценки по критериям
details-section-timing = Сроки
details-title = Сведения о точке контакта

disk-keep-mine = Оставить мою
disk-load-theirs = Загрузить их версию
disk-message = Файл «{ $file }» изменили на диске после того, как вы его открыли, а у вас есть несохранённые изменения. Оставьте свою версию (следующее сохранение заменит файл), загрузите новую (ваши изменения пропадут) или сохраните свою как отдельную копию.
disk-reloaded = Карта перезагружена: её файл изменился на диске.
disk-save-copy = Сохранить мою как копию…
disk-title = Эту карту изменил кто-то другой

error-hint = Файл не изменён. Откройте другую карту или начните с примера.
error-no-document = В этом окне не открыта карта.
error-open = Открыть…
error-open-sample = Открыть пример
error-resync = Карта на экране устарела и была перезагружена.
error-title = Эту карту не удаётся открыть

export-cancelling = Отмена…
export-csv-hint = Каждая точка контакта — строка таблицы, для Excel или Google Таблиц.
export-csv-name = Таблица (CSV)
export-delimiter = Разделитель
export-delimiter-comma = Запятая ( , )
export-delimiter-hint = Excel на русском, польском и других языках с десятичной запятой ожидает точку с запятой.
export-delimiter-semicolon = Точка с запятой ( ; )
export-done = Карта экспортирована в файл { $file }.
export-format = Формат
export-html-hint = Один файл, который откроется в любом браузере, без программы.
export-html-name = Веб-страница (HTML)
export-md-hint = Текст с заголовками и списками — для вики и заметок.
export-md-name = Markdown
export-mmd-hint = Диаграмма journey в Mermaid — её рисуют GitHub, GitLab, Notion и Obsidian.
export-mmd-name = Диаграмма Mermaid
export-no-options = У этого формата нет настроек.
export-paper = Размер страницы
export-paper-a3 = A3
export-paper-a4 = A4
export-paper-hint = Страницы A4, A3 и Letter — альбомные; большая карта продолжается на следующих страницах.
export-paper-letter = Letter
export-paper-map = По размеру карты (одна страница)
export-pdf-hint = Для печати и отправки: одна страница или листы бумаги.
export-pdf-name = Документ PDF
export-png-hint = Картинка для презентаций, чатов и документов.
export-png-name = Изображение PNG
export-progress = Экспорт… { $percent }%
export-scale = Размер
export-scale-hint = В 2× вдвое больше пикселей по каждой стороне: чёткая картинка на слайдах и экранах высокого разрешения.
export-scale-one = 1×
export-scale-two = 2×
export-submit = Экспортировать…
export-svg-hint = Картинка, чёткая при любом размере, — для графических редакторов.
export-svg-name = Изображение SVG
export-title = Экспорт карты
export-waiting = Выберите, куда сохранить файл…
export-xlsx-hint = Каждая точка контакта — строка, сведения о карте — на втором листе: фильтры, этапы сгруппированы, оценка в цвете.
export-xlsx-name = Книга Excel (XLSX)

filters-any-channel = Любой канал
filters-any-lane = Любая дорожка
filters-any-owner = Любая команда
filters-channel = Канал
filters-clear = Сбросить фильтры
filters-label = Фильтр
filters-lane = Дорожка
filters-matching = Подходит: { $count } из { $total }
filters-measure = Показатель
filters-not-measured = Не измерено
filters-off-target = Цель не достигнута
filters-owner = Ответственная команда
filters-sentiment = Оценка
filters-untitled-lane = Дорожка без названия

find-close = Закрыть поиск (Escape)
find-count = { $count ->
    [one] { $count } совпадение
    [few] { $count } совпадения
    [many] { $count } совпадений
   *[other] { $count } совпадения
}
find-label = Поиск по карте
find-next = Следующее совпадение (Enter, F3)
find-none = Ничего не найдено
find-placeholder = Искать в названиях, описаниях, болях, владельцах…
find-position = { $current } из { $count }
find-previous = Предыдущее совпадение (Shift+Enter, Shift+F3)

frequency-one-off = Разовая
frequency-recurring = Повторяющаяся

heat-legend = { $name }, от худшего к лучшему
heat-legend-better = лучше
heat-legend-none = не измерено
heat-legend-worse = хуже
horizon-long-term = Долгосрочная
horizon-short-term = Краткосрочная

hypothesis-confirmed = Подтверждена
hypothesis-idea = Идея
hypothesis-rejected = Отклонена
hypothesis-testing = Проверяется

import-busy = Импорт…
import-cards = Как это будет на карте
import-column-untitled = Столбец { $letter }
import-columns = Столбцы
import-columns-hint = Что в каждом столбце, по его заголовку. Исправьте, где догадка неверна; каждая строка под заголовком станет точкой контакта.
import-counts = { $stages ->
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
import-delimiter-comma = запятыми
import-delimiter-other = «{ $char }»
import-delimiter-semicolon = точкой с запятой
import-delimiter-tab = табуляцией
import-lands-in = Карта откроется в новом окне, ещё не сохранённой.
import-notes = { $count ->
            [one] { $count } замечание
            [few] { $count } замечания
            [many] { $count } замечаний
           *[other] { $count } замечания
        }
import-notes-more = … и ещё { $count }.
import-read-as = Прочитано как { $encoding }, ячейки разделены { $delimiter }
import-reading = Чтение файла…
import-role-channel = Канал
import-role-control = Кто управляет
import-role-delights = Моменты радости
import-role-description = Описание
import-role-frequency = Частота
import-role-horizon = Срок
import-role-hypotheses = Гипотезы
import-role-id = Id точки контакта
import-role-ignore = Не импортировать
import-role-keep = Сохранить как поле
import-role-label = Что в столбце «{ $column }»
import-role-lane = Дорожка
import-role-order = Порядок в этапе
import-role-owner = Ответственная команда
import-role-pain-points = Проблемы
import-role-presence = Онлайн или офлайн
import-role-score = Оценка (1–5)
import-role-sentiment = Эмоция
import-role-stage = Этап
import-role-stage-id = Id этапа
import-role-stage-number = Номер этапа
import-role-title = Название точки контакта
import-sample = Первые строки таблицы
import-sheet = Лист
import-submit = Импортировать
import-title = Импорт в новую карту

lane-add = Добавить дорожку
lane-add-touchpoint = Добавить точку контакта: { $cell }
lane-blank = Пустая дорожка
lane-cell = { $stage }, дорожка { $lane }
lane-delete = Удалить дорожку
lane-header-label =
    { $count ->
        [one] Дорожка { $lane }, { $count } точка контакта
        [few] Дорожка { $lane }, { $count } точки контакта
        [many] Дорожка { $lane }, { $count } точек контакта
       *[other] Дорожка { $lane }, { $count } точки контакта
    }
lane-keys-hint = Alt со стрелкой вверх или вниз перемещает дорожку. Enter или F2 переименовывает, Delete удаляет.
lane-lanes = Дорожки
lane-move-down = Сдвинуть дорожку вниз
lane-move-up = Сдвинуть дорожку вверх
lane-new-name = Новая дорожка
lane-rename = Переименовать дорожку
lane-rename-hint = Двойной щелчок — переименовать
lane-rename-label = Название дорожки
lane-suggest-actions = Действия клиента
lane-suggest-opportunities = Возможности
lane-suggest-pains = Проблемы
lane-suggest-thoughts = Мысли и чувства
lane-suggest-touchpoints = Точки контакта
lane-suggestions = Готовые дорожки
lane-untitled = Дорожка без названия

library-add-to = Добавить «{ $title }» ({ $channel }) в этап { $stage }
library-hint = Нажмите на точку контакта, чтобы добавить её в этап «{ $stage }», или перетащите её в любую ячейку карты.
library-no-match = Ничего не найдено по запросу «{ $query }».
library-no-stages = На карте пока нет этапов: добавьте этап, а затем точки контакта отсюда.
library-search = Поиск точек контакта
library-subtitle = Типичные точки контакта каждого этапа
library-suggested = Для этого этапа
library-title = Библиотека точек контакта

map-details-add-business-goal = Добавить цель бизнеса
map-details-add-criterion = Добавить
map-details-add-customer-goal = Добавить цель клиента
map-details-add-persona = Добавить персону
map-details-add-persona-goal = Добавить цель
map-details-bad-date = Введите полную дату: год, месяц и день.
map-details-business-goal = Цель бизнеса { $n }
map-details-business-goals = Цели бизнеса
map-details-criteria = Критерии оценки
map-details-criteria-hint = Каждую точку контакта можно оценить по каждому критерию от 1 до 5.
map-details-criterion-exists = Критерий «{ $name }» уже есть на карте.
map-details-criterion-preset = Выберите типовой критерий
map-details-custom-criterion = Или задайте свой критерий
map-details-customer-goal = Цель клиента { $n }
map-details-customer-goals = Цели клиента
map-details-goals = Цели
map-details-import-metrics = Импорт значений метрик…
map-details-last-review = Дата последнего пересмотра
map-details-metrics-hint = Загрузите значения за месяц из выгрузки опроса или аналитики: столбец с точкой контакта (название или id) и по столбцу на метрику.
map-details-never-reviewed = Карта ещё не пересматривалась. Пересматривайте её хотя бы раз в год.
map-details-new-persona = Новая персона
map-details-no-personas = Персон пока нет: добавьте клиентов, о которых эта карта.
map-details-notes = Заметки
map-details-notes-placeholder = Всё, что команде стоит знать об этой карте
map-details-persona-description = Краткое описание
map-details-persona-goal = Цель { $n }
map-details-persona-goals = Цели
map-details-persona-label = Персона { $n }
map-details-persona-name = Имя
map-details-personas = Персоны и сегменты
map-details-remove-business-goal = Удалить цель бизнеса { $n }
map-details-remove-criterion = Удалить критерий «{ $name }»
map-details-remove-customer-goal = Удалить цель клиента { $n }
map-details-remove-persona = Удалить персону { $n }
map-details-remove-persona-goal = Удалить цель { $n }
map-details-review = Пересмотр
map-details-reviewed = Последний пересмотр: { $ago }.
map-details-reviewed-today = Пересмотрена сегодня
map-details-title = Сведения о карте

measure-criterion = Критерий: { $name }
measure-heat = Тепловая карта
measure-heat-hint = Окрасить карточки по показателю вместо оценки
measure-label = Показатель на доске
measure-none = Без показателя
measure-show = Показать
merge-base-message = Общая версия этой карты и «{ $other }» в git не найдена. Выберите копию, от которой сделаны обе, чтобы отличить изменения каждой стороны, или объедините без неё: тогда каждое различие станет вашим выбором.
merge-base-pick = Выбрать общую версию…
merge-base-title = От какой версии сделаны обе копии?
merge-base-without = Объединить без неё
merge-done = Объединено с «{ $other }»: { $taken ->
        [one] взято { $taken } изменение
        [few] взято { $taken } изменения
        [many] взято { $taken } изменений
       *[other] взято { $taken } изменений
    }, { $conflicts ->
        [0] конфликтов нет
        [one] { $conflicts } конфликт нужно разрешить
        [few] { $conflicts } конфликта нужно разрешить
        [many] { $conflicts } конфликтов нужно разрешить
       *[other] { $conflicts } конфликтов нужно разрешить
    }. Сохраните, чтобы оставить результат.
merge-nothing-new = В «{ $other }» нет ничего, чего не было бы в этой карте.
metrics-import-cards = Карточки, которые получат значения
metrics-import-counts = { $cards ->
        [one] { $cards } карточка
        [few] { $cards } карточки
        [many] { $cards } карточек
       *[other] { $cards } карточки
    }, { $values ->
        [one] { $values } значение
        [few] { $values } значения
        [many] { $values } значений
       *[other] { $values } значения
    }
metrics-import-date = Дата измерения
metrics-import-date-hint = для строк без своей даты
metrics-import-more-cards = { $count ->
        [one] и ещё { $count } карточка
        [few] и ещё { $count } карточки
        [many] и ещё { $count } карточек
       *[other] и ещё { $count } карточки
    }
metrics-import-row-many = { $count ->
        [one] Строка { $row }: «{ $touchpoint }» — { $count } карточка
        [few] Строка { $row }: «{ $touchpoint }» — { $count } карточки: укажите их id
        [many] Строка { $row }: «{ $touchpoint }» — { $count } карточек: укажите их id
       *[other] Строка { $row }: «{ $touchpoint }» — { $count } карточки: укажите их id
    }
metrics-import-row-none = Строка { $row }: «{ $touchpoint }» — нет такой карточки на карте
metrics-import-submit = Импортировать значения
metrics-import-title = Импорт метрик
metrics-import-unmatched = { $count ->
        [one] { $count } строка не указывает ни одну карточку или указывает несколько: импорт невозможен, пока каждая строка не укажет одну карточку
        [few] { $count } строки не указывают ни одну карточку или указывают несколько: импорт невозможен, пока каждая строка не укажет одну карточку
        [many] { $count } строк не указывают ни одну карточку или указывают несколько: импорт невозможен, пока каждая строка не укажет одну карточку
       *[other] { $count } строки не указывают ни одну карточку или указывают несколько: импорт невозможен, пока каждая строка не укажет одну карточку
    }
metrics-import-was = было { $value }
notes-dismiss = Скрыть
notes-hint = Файл на диске не изменится, пока вы не сохраните карту.
notes-recovered = Несохранённые изменения от { $time } восстановлены после неожиданного закрытия Journey Mapper. Сохраните карту, чтобы оставить их, или закройте окно без сохранения, чтобы отбросить.
notes-title = Карта открыта с изменениями

overview-hide = Скрыть обзор
overview-title = Обзор
overview-toggle = Обзор всей карты
panel-close = Закрыть
panel-close-hint = Закрыть (Esc)

presence-offline = Офлайн
presence-online = Онлайн

recent-empty = Недавних карт пока нет.
recent-missing = нет файла
recent-title = Недавние карты

review-dismiss = Скрыть до следующего открытия карты
review-mark-today = Отметить пересмотр сегодня
review-never = Эта карта ещё ни разу не пересматривалась — пересматривайте её хотя бы раз в год.
review-overdue = Последний пересмотр: { $ago } — пора пересмотреть карту.

sentiment-negative = Негативная
sentiment-neutral = Нейтральная
sentiment-positive = Позитивная

stage-add-touchpoint = Добавить точку контакта
stage-cards-label = Точки контакта этапа { $stage }
stage-delete = Удалить этап
stage-empty = Точек контакта пока нет
stage-flag-all-negative = Все точки контакта здесь негативные
stage-flag-empty = На этом этапе нет точек контакта: пробел в пути клиента?
stage-header-label =
    { $count ->
        [one] Этап { $stage }, { $count } точка контакта
        [few] Этап { $stage }, { $count } точки контакта
        [many] Этап { $stage }, { $count } точек контакта
       *[other] Этап { $stage }, { $count } точки контакта
    }
stage-keys-hint = Alt со стрелкой влево или вправо перемещает этап. Enter или F2 переименовывает, Delete удаляет.
stage-label =
    { $count ->
        [one] { $stage }: { $count } точка контакта
        [few] { $stage }: { $count } точки контакта
        [many] { $stage }: { $count } точек контакта
       *[other] { $stage }: { $count } точки контакта
    }
stage-measure-mean = { $name }, среднее: { $value }
stage-measure-none = { $name }: нет данных
stage-measure-rating = { $name }: { $value } из 5
stage-measure-sum = { $name }, всего: { $value }
stage-move-left = Сдвинуть этап влево
stage-move-right = Сдвинуть этап вправо
stage-new-name = Новый этап
stage-rename = Переименовать этап
stage-rename-hint = Двойной щелчок — переименовать
stage-rename-label = Название этапа
stage-summary = позитивных: { $positive }, нейтральных: { $neutral }, негативных: { $negative }
stage-summary-empty = Нет точек контакта
stage-untitled = Этап без названия

status-conflicts = { $count ->
        [one] { $count } конфликт
        [few] { $count } конфликта
        [many] { $count } конфликтов
       *[other] { $count } конфликтов
    }
status-hint-move = переместить
status-hint-rename = переименовать
status-hint-sentiment = оценка
status-language = Язык
status-stages =
    { $count ->
        [one] { $count } этап
        [few] { $count } этапа
        [many] { $count } этапов
       *[other] { $count } этапа
    }
status-touchpoints =
    { $count ->
        [one] { $count } точка контакта
        [few] { $count } точки контакта
        [many] { $count } точек контакта
       *[other] { $count } точки контакта
    }

toast-dismiss = Скрыть

toolbar-export = Экспорт…
toolbar-export-hint = Экспорт в изображение, PDF, веб-страницу или таблицу (Ctrl+E)
toolbar-find-hint = Поиск по карте (Ctrl+F)
toolbar-history = История
toolbar-library = Библиотека
toolbar-library-hint = Типичные точки контакта каждого этапа, чтобы добавить их на карту (L)
toolbar-map-details = Сведения о карте
toolbar-map-details-hint = Персоны, цели, заметки и дата последнего пересмотра
toolbar-never-saved = Ещё не сохранена
toolbar-open = Открыть…
toolbar-open-hint = Открыть карту (Ctrl+O)
toolbar-redo = Повторить
toolbar-redo-hint = Повторить (Ctrl+Shift+Z)
toolbar-rename-title = Переименовать карту
toolbar-save = Сохранить
toolbar-save-as = Сохранить как…
toolbar-save-as-hint = Сохранить копию под новым именем (Ctrl+Shift+S)
toolbar-save-hint = Сохранить (Ctrl+S)
toolbar-saved = Все изменения сохранены
toolbar-title-button = Название карты: { $title }. Нажмите, чтобы переименовать.
toolbar-title-label = Название карты
toolbar-undo = Отменить
toolbar-undo-hint = Отменить (Ctrl+Z)
toolbar-unsaved = Есть несохранённые изменения
toolbar-untitled = Карта без названия

toolbar-workshop = Воркшоп
toolbar-workshop-hint = Режим воркшопа: карта на весь экран, этап за этапом (F5)
workshop-add = Новая карточка
workshop-emotion-negative = Настроение негативное
workshop-emotion-neutral = Настроение нейтральное
workshop-emotion-positive = Настроение позитивное
workshop-hypotheses = Гипотезы
workshop-keys-add = новая карточка
workshop-keys-leave = выйти
workshop-keys-stages = этапы
workshop-leave = Выйти из воркшопа
workshop-next = Следующий этап
workshop-none = Пока нет
workshop-pain-points = Боли
workshop-panel = Этап на экране
workshop-previous = Предыдущий этап
workshop-stage-of = Этап { $n } из { $count }
zoom-control = Масштаб
zoom-fit = По размеру окна
zoom-fit-hint = Показать всю карту в окне (Ctrl+1)
zoom-in = Увеличить
zoom-in-hint = Увеличить (Ctrl+=)
zoom-level = Масштаб
zoom-level-hint = Масштаб (Ctrl+0: 100 %)
zoom-out = Уменьшить
zoom-out-hint = Уменьшить (Ctrl+-)
zoom-percent = { $percent } %
