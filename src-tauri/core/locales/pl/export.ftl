### The words an export adds around the map's own text (legend, column names, footer).

# The filter of the web page that shows every card.
label-all = Wszystkie
# Which way a metric improves, in its direction column.
label-better-higher = Im wyżej, tym lepiej
label-better-lower = Im niżej, tym lepiej
label-business-goals = Cele biznesowe
# Column names of the CSV and the details of a card.
label-col-channel = Kanał
label-col-control = Kto kontroluje
label-col-delights = Momenty zachwytu
label-col-description = Opis
label-col-frequency = Częstotliwość
label-col-horizon = Horyzont
label-col-hypotheses = Hipotezy
label-col-id = Id punktu styku
label-col-lane = Tor
# A metric’s columns: { $metric } is its name, with its unit in parentheses when it has one.
label-col-metric = Metryka: { $metric }
label-col-metric-better = Kierunek metryki: { $metric }
label-col-metric-date = Data metryki: { $metric }
label-col-metric-period = Okres metryki: { $metric }
label-col-metric-source = Źródło metryki: { $metric }
label-col-metric-target = Cel metryki: { $metric }
label-col-order = Kolejność w etapie
label-col-owner = Właściciel
label-col-pain-points = Problemy
label-col-presence = Online czy offline
# A card’s rating (1 to 5) on one of the map’s criteria.
label-col-rating = Ocena: { $criterion }
label-col-score = Ocena (1–5)
label-col-sentiment = Ocena
label-col-stage = Etap
label-col-stage-id = Id etapu
label-col-stage-number = Numer etapu
label-col-title = Tytuł
label-customer-goals = Cele klienta
# The fold that holds a card’s details in the web page.
label-details = Szczegóły
# The heading of the emotion curve above the grid.
label-emotion-curve = Krzywa emocji
label-last-review = Ostatni przegląd
# Heading of the legend.
label-legend = Ocena
# Footer of exports.
label-made-with = Utworzono w Journey Mapper
label-negative = Negatywna
label-neutral = Neutralna
# In a stage of the web page when a sentiment filter hides all its cards.
label-no-matching = Brak punktów styku z tą oceną
# In a stage with no touchpoints.
label-no-touchpoints = Brak punktów styku
label-notes = Notatki
# Footer of each page of a PDF.
label-page-of = Strona { $page } z { $pages }
label-personas = Persony
label-positive = Pozytywna
# A card’s score.
label-score-of = { $score } z 5
# The sheets of the Excel export (at most 31 characters, none of [ ] : * ? / \).
label-sheet-details = Szczegóły mapy
label-sheet-touchpoints = Punkty styku
# Label before the sentiment filters of the web page.
label-show = Pokaż
# Used as “Touchpoints: 21”.
label-touchpoints = Punkty styku
# Title used when the map has none.
label-untitled = Mapa bez nazwy

# The names of the details’ values: label-<detail>-<value as the file writes it>.
label-channel-billing = Rozliczenia
label-channel-email = E-mail
label-channel-messenger = Komunikator
label-channel-online-ad = Reklama online
label-channel-other = Inne
label-channel-packaging = Opakowanie
label-channel-partner = Partner
label-channel-phone = Telefon
label-channel-print-outdoor = Druk i reklama zewnętrzna
label-channel-referral = Polecenie
label-channel-reviews = Opinie i serwisy zewnętrzne
label-channel-search = Wyszukiwarka
label-channel-social-media = Media społecznościowe
label-channel-store = Sklep / punkt sprzedaży
label-channel-website = Strona internetowa
label-control-brand = Marka
label-control-third-party = Strona trzecia
label-frequency-one-off = Jednorazowy
label-frequency-recurring = Powtarzalny
label-horizon-long-term = Długoterminowy
label-horizon-short-term = Krótkoterminowy
label-presence-offline = Offline
label-presence-online = Online
label-status-confirmed = Potwierdzona
label-status-idea = Pomysł
label-status-rejected = Odrzucona
label-status-testing = W testach

# A card's measures (format 1.2).
label-metrics = Metryki
label-ratings = Oceny według kryteriów
label-feedback = Opinie klientów
label-on-target = ✓ cel osiągnięty
label-off-target = ✗ cel nieosiągnięty
label-target-of = cel { $target }

# The one measure (a metric or a criterion) shown on the cards and under the stage headers.
# A card's badge spelled out, for tooltips and screen readers; $value has its unit.
label-card-metric = { $name }: { $value }
label-card-metric-off-target = { $name }: { $value }, cel { $target } nieosiągnięty
label-card-metric-on-target = { $name }: { $value }, cel { $target } osiągnięty
label-card-rating = { $name }: { $value } z 5
# The web page's heat view: the cards coloured by the measure, from worse to better.
label-heat-better = lepiej
label-heat-legend = { $name }, od gorszego do lepszego
label-heat-none = bez pomiaru
label-heat-view = Mapa cieplna
label-heat-worse = gorzej
# Under a stage's header: the stage's mean of the measure (the total, for counts).
label-stage-measure-mean = { $name }, średnio: { $value }
label-stage-measure-none = { $name }: brak danych
label-stage-measure-rating = { $name }: { $value } z 5
label-stage-measure-sum = { $name }, łącznie: { $value }
