### The words an export adds around the map's own text (legend, column names, footer).

# The filter of the web page that shows every card.
label-all = Все
# Which way a metric improves, in its direction column.
label-better-higher = Чем выше, тем лучше
label-better-lower = Чем ниже, тем лучше
label-business-goals = Цели бизнеса
# Column names of the CSV and the details of a card.
label-col-channel = Канал
label-col-control = Кто управляет
label-col-delights = Моменты радости
label-col-description = Описание
label-col-frequency = Частота
label-col-horizon = Срок
label-col-hypotheses = Гипотезы
label-col-id = Id точки контакта
label-col-lane = Дорожка
# A metric’s columns: { $metric } is its name, with its unit in parentheses when it has one.
label-col-metric = Метрика: { $metric }
label-col-metric-better = Направление метрики: { $metric }
label-col-metric-date = Дата метрики: { $metric }
label-col-metric-period = Период метрики: { $metric }
label-col-metric-source = Источник метрики: { $metric }
label-col-metric-target = Цель метрики: { $metric }
label-col-order = Порядок в этапе
label-col-owner = Ответственный
label-col-pain-points = Проблемы
label-col-presence = Онлайн или офлайн
# A card’s rating (1 to 5) on one of the map’s criteria.
label-col-rating = Оценка: { $criterion }
label-col-score = Оценка (1–5)
label-col-sentiment = Оценка
label-col-stage = Этап
label-col-stage-id = Id этапа
label-col-stage-number = Номер этапа
label-col-title = Название
label-customer-goals = Цели клиента
# The fold that holds a card’s details in the web page.
label-details = Подробности
# The heading of the emotion curve above the grid.
label-emotion-curve = Кривая эмоций
label-last-review = Последний пересмотр
# Heading of the legend.
label-legend = Оценка
# Footer of exports.
label-made-with = Сделано в Journey Mapper
label-negative = Негативная
label-neutral = Нейтральная
# In a stage of the web page when a sentiment filter hides all its cards.
label-no-matching = Нет точек контакта с такой оценкой
# In a stage with no touchpoints.
label-no-touchpoints = Пока нет точек контакта
label-notes = Заметки
# Footer of each page of a PDF.
label-page-of = Страница { $page } из { $pages }
label-personas = Персоны
label-positive = Позитивная
# A card’s score.
label-score-of = { $score } из 5
# The sheets of the Excel export (at most 31 characters, none of [ ] : * ? / \).
label-sheet-details = Сведения о карте
label-sheet-touchpoints = Точки контакта
# Label before the sentiment filters of the web page.
label-show = Показать
# Used as “Touchpoints: 21”.
label-touchpoints = Точки контакта
# Title used when the map has none.
label-untitled = Карта без названия

# The names of the details’ values: label-<detail>-<value as the file writes it>.
label-channel-billing = Счета и оплата
label-channel-email = Email
label-channel-messenger = Мессенджер
label-channel-online-ad = Онлайн-реклама
label-channel-other = Другое
label-channel-packaging = Упаковка
label-channel-partner = Партнёр
label-channel-phone = Телефон
label-channel-print-outdoor = Печать и наружная реклама
label-channel-referral = Рекомендация
label-channel-reviews = Отзывы и сторонние сайты
label-channel-search = Поиск
label-channel-social-media = Соцсети
label-channel-store = Магазин / точка продаж
label-channel-website = Сайт
label-control-brand = Бренд
label-control-third-party = Третья сторона
label-frequency-one-off = Разовая
label-frequency-recurring = Повторяющаяся
label-horizon-long-term = Долгосрочная
label-horizon-short-term = Краткосрочная
label-presence-offline = Офлайн
label-presence-online = Онлайн
label-status-confirmed = Подтверждена
label-status-idea = Идея
label-status-rejected = Отклонена
label-status-testing = Проверяется

# A card's measures (format 1.2).
label-metrics = Метрики
label-ratings = Оценки по критериям
label-feedback = Отзывы клиентов
label-on-target = ✓ цель достигнута
label-off-target = ✗ цель не достигнута
label-target-of = цель { $target }

# The one measure (a metric or a criterion) shown on the cards and under the stage headers.
# A card's badge spelled out, for tooltips and screen readers; $value has its unit.
label-card-metric = { $name }: { $value }
label-card-metric-off-target = { $name }: { $value }, цель { $target } не достигнута
label-card-metric-on-target = { $name }: { $value }, цель { $target } достигнута
label-card-rating = { $name }: { $value } из 5
# The web page's heat view: the cards coloured by the measure, from worse to better.
label-heat-better = лучше
label-heat-legend = { $name }, от худшего к лучшему
label-heat-none = не измерено
label-heat-view = Тепловая карта
label-heat-worse = хуже
# Under a stage's header: the stage's mean of the measure (the total, for counts).
label-stage-measure-mean = { $name }, среднее: { $value }
label-stage-measure-none = { $name }: нет данных
label-stage-measure-rating = { $name }: { $value } из 5
label-stage-measure-sum = { $name }, всего: { $value }
