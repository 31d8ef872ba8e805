### The web page's texts. Shown in the window: values are isolated for bidirectional text.

announce-added = Dodano „{ $title }” do etapu { $stage }.
announce-deleted = Usunięto „{ $title }”.
announce-lane-added = Dodano tor { $lane }.
announce-lane-deleted = Usunięto tor { $lane }.
announce-lane-moved = Przeniesiono tor { $lane } na pozycję { $position } z { $count }.
announce-lanes-started = Mapa ma teraz tory: wszystkie punkty styku są w torze { $lane }.
announce-moved = Przeniesiono „{ $title }” do etapu { $stage }, pozycja { $position } z { $count }.
announce-moved-lane = Przeniesiono „{ $title }” do etapu { $stage }, tor { $lane }, pozycja { $position } z { $count }.
announce-redone = Ponowiono.
announce-saved = Zapisano { $file }.
announce-sentiment = „{ $title }” jest teraz: { $sentiment }.
announce-stage-deleted = Usunięto etap { $stage }.
announce-stage-moved = Przeniesiono etap { $stage } na pozycję { $position } z { $count }.
announce-undone = Cofnięto.

app-loading = Wczytywanie mapy…
app-name = Journey Mapper

board-add-lanes = Dodaj tory
board-add-lanes-hint = Podziel mapę na wiersze, np. działania klienta, myśli i problemy
board-add-stage = Dodaj etap
board-empty-text = Etapy to fazy, przez które przechodzi klient: świadomość, rozważanie, zakup. Dodaj pierwszy etap, aby zacząć mapę.
board-empty-title = Ta mapa nie ma jeszcze etapów

card-delete = Usuń punkt styku
card-delete-hint = Usuń punkt styku (Delete)
card-details = Szczegóły punktu styku
card-details-hint = Szczegóły (I)
card-keys-hint = Strzałki wybierają inny punkt styku. Alt ze strzałką go przenosi. 1, 2 i 3 ustawiają ocenę pozytywną, neutralną lub negatywną. Enter lub F2 zmienia nazwę, Delete usuwa. I otwiera jego szczegóły.
card-label = { $title }. { $sentiment }. Punkt styku { $position } z { $count } w etapie { $stage }.
card-metric = { $name }: { $value }
card-metric-off-target = { $name }: { $value }, cel { $target } nieosiągnięty
card-metric-on-target = { $name }: { $value }, cel { $target } osiągnięty
card-new-title = Nowy punkt styku
card-rating = { $name }: { $value } z 5
card-rename = Zmień nazwę punktu styku
card-rename-hint = Zmień nazwę (F2)
card-rename-label = Nazwa punktu styku
card-sentiment-label = Ocena
card-set-sentiment-hint = { $sentiment } ({ $key })

channel-billing = Rozliczenia
channel-email = E-mail
channel-messenger = Komunikator
channel-online-ad = Reklama online
channel-other = Inne
channel-packaging = Opakowanie
channel-partner = Partner
channel-phone = Telefon
channel-print-outdoor = Druk i reklama zewnętrzna
channel-referral = Polecenie
channel-reviews = Opinie i serwisy zewnętrzne
channel-search = Wyszukiwarka
channel-social-media = Media społecznościowe
channel-store = Sklep / punkt sprzedaży
channel-website = Strona internetowa

common-cancel = Anuluj

compare-announce-ended = Porównanie zakończone.
compare-announce-none = Brak różnic względem { $name }.
compare-announce-started =
    { $count ->
        [one] { $count } zmiana względem { $name }. F7 ją pokaże.
        [few] { $count } zmiany względem { $name }. F7 pokaże następną.
        [many] { $count } zmian względem { $name }. F7 pokaże następną.
       *[other] { $count } zmiany względem { $name }. F7 pokaże następną.
    }
compare-announce-step = Zmiana { $index } z { $count }: { $change }
compare-card-added = To nowy punkt styku: w drugiej kopii go nie ma.
compare-card-heading = Porównanie z { $name }
compare-card-new = Teraz
compare-card-old = Było
compare-card-same = Bez zmian względem drugiej kopii.
compare-close = Zakończ porównanie
compare-close-hint = Zakończ porównanie (Escape)
compare-count =
    { $count ->
        [one] { $count } zmiana
        [few] { $count } zmiany
        [many] { $count } zmian
       *[other] { $count } zmiany
    }
compare-curve-old = Druga kopia: { $name }
compare-ghost-label = Usunięty punkt styku: { $title }. { $change }.
compare-keys-hint = F7 pokazuje następną zmianę, Shift+F7 poprzednią. Escape kończy porównanie.
compare-mark-added = Nowy
compare-mark-changed = Zmieniony
compare-mark-lane-added = Nowy
compare-mark-lane-changed = Zmieniony
compare-mark-lane-moved = Przeniesiony
compare-mark-lane-removed = Usunięty
compare-mark-moved = Przeniesiony
compare-mark-moved-from = Wcześniej: { $place }
compare-mark-removed = Usunięty
compare-mark-renamed-from = Było „{ $name }”
compare-mark-reordered = Przeniesiony
compare-mark-stage-added = Nowy
compare-mark-stage-changed = Zmieniony
compare-mark-stage-moved = Przeniesiony
compare-mark-stage-removed = Usunięty
compare-next = Następna
compare-next-hint = Następna zmiana (F7)
compare-none-text = Ta mapa i { $name } są takie same.
compare-none-title = Brak różnic
compare-previous = Poprzednia
compare-previous-hint = Poprzednia zmiana (Shift+F7)
compare-subtitle = Ta mapa i { $name }
compare-title = Zmiany

confirm-delete-lane-confirm = Usuń tor
confirm-delete-lane-last-message =
    { $count ->
        [one] To jedyny tor: mapa wróci do jednego wiersza, a { $count } punkt styku zostanie na mapie. Można to cofnąć.
        [few] To jedyny tor: mapa wróci do jednego wiersza, a { $count } punkty styku zostaną na mapie. Można to cofnąć.
        [many] To jedyny tor: mapa wróci do jednego wiersza, a { $count } punktów styku zostanie na mapie. Można to cofnąć.
       *[other] To jedyny tor: mapa wróci do jednego wiersza, a { $count } punktu styku zostanie na mapie. Można to cofnąć.
    }
confirm-delete-lane-message =
    { $count ->
        [one] { $count } punkt styku z tego toru trafi do toru „{ $lane }”. Można to cofnąć.
        [few] { $count } punkty styku z tego toru trafią do toru „{ $lane }”. Można to cofnąć.
        [many] { $count } punktów styku z tego toru trafi do toru „{ $lane }”. Można to cofnąć.
       *[other] { $count } punktu styku z tego toru trafi do toru „{ $lane }”. Można to cofnąć.
    }
confirm-delete-lane-title = Usunąć tor „{ $lane }”?
confirm-delete-stage-confirm = Usuń etap
confirm-delete-stage-message =
    { $count ->
        [one] Zostanie też usunięty { $count } punkt styku. Można to cofnąć.
        [few] Zostaną też usunięte { $count } punkty styku. Można to cofnąć.
        [many] Zostanie też usuniętych { $count } punktów styku. Można to cofnąć.
       *[other] Zostanie też usunięte { $count } punktu styku. Można to cofnąć.
    }
confirm-delete-stage-title = Usunąć etap „{ $stage }”?
confirm-discard-confirm = Odrzuć zmiany
confirm-discard-message = Ta mapa ma niezapisane zmiany. Otwarcie przykładowej mapy w tym oknie je odrzuci.
confirm-discard-title = Odrzucić niezapisane zmiany?

conflicts-all-resolved = Wszystkie konflikty rozwiązane. Zapisz, aby zachować scaloną mapę.
conflicts-hint = Obie kopie zmieniły to inaczej; na tablicy jest teraz wartość tej kopii. Zachowaj ją albo przyjmij wartość drugiej kopii. Każdy wybór można cofnąć.
conflicts-keep-ours = Zachowaj z tej kopii
conflicts-left = { $count ->
        [one] Został { $count } konflikt
        [few] Zostały { $count } konflikty
        [many] Zostało { $count } konfliktów
       *[other] Zostało { $count } konfliktów
    }
conflicts-none-subtitle = Wszystkie rozwiązane
conflicts-subtitle = { $count ->
        [one] Do rozwiązania: { $count }
        [few] Do rozwiązania: { $count }
        [many] Do rozwiązania: { $count }
       *[other] Do rozwiązania: { $count }
    }
conflicts-take-theirs = Przyjmij z drugiej kopii
conflicts-title = Konflikty scalania
control-brand = Marka
control-third-party = Strona trzecia

curve-compare-none = Bez porównania
curve-compare-with = Porównaj z
curve-follow = Według: { $name }
curve-no-cards = brak punktów styku
curve-point = { $stage }: { $feeling }
curve-this-map = Ta mapa
curve-title = Krzywa emocji

curve-title-measure = { $name } według etapów
details-add-delight = Dodaj moment zachwytu
details-add-feedback = Dodaj cytat klienta
details-add-hypothesis = Dodaj hipotezę
details-add-metric = Dodaj wskaźnik
details-add-metric-button = Dodaj
details-add-pain-point = Dodaj problem
details-delight = Moment zachwytu { $n }
details-empty = Wybierz punkt styku na mapie, aby zobaczyć i edytować jego szczegóły.
details-empty-title = Nie wybrano punktu styku
details-feedback = Cytat { $n }
details-feedback-date = Data opinii
details-feedback-source = Źródło cytatu
details-feedback-source-placeholder = Kto i gdzie: wywiad, recenzja, obsługa klienta
details-field-channel = Kanał
details-field-control = Kto kontroluje
details-field-delights = Momenty zachwytu
details-field-description = Opis
details-field-description-placeholder = Co tu się dzieje z perspektywy klienta?
details-field-feedback = Słowami klienta
details-field-frequency = Częstotliwość
details-field-horizon = Horyzont
details-field-hypotheses = Hipotezy
details-field-owner = Zespół odpowiedzialny
details-field-owner-placeholder = Na przykład marketing
details-field-pain-points = Problemy
details-field-presence = Online czy offline
details-field-score = Ocena (1–5)
details-field-title = Tytuł
details-hypothesis = Hipoteza { $n }
details-hypothesis-status = Status hipotezy { $n }
details-in-stage = Etap: { $stage }
details-in-stage-lane = Etap: { $stage } · Tor: { $lane }
details-metric-date = Data pomiaru
details-metric-exists = Ten punkt ma już „{ $name }”: zmień jego wartość powyżej.
details-metric-facts = Cel, data i źródło
details-metric-name = Wskaźnik
details-metric-name-placeholder = NPS, CSAT lub własny
details-metric-no-name = Wybierz wskaźnik lub wpisz jego nazwę.
details-metric-not-a-number = Wpisz liczbę, na przykład 42 lub 2,5.
details-metric-off-target = Cel { $target } nieosiągnięty
details-metric-on-target = Cel { $target } osiągnięty
details-metric-source = Źródło
details-metric-source-placeholder = Ankieta, analityka, CRM…
details-metric-target = Cel
details-metric-target-placeholder = Cel mapy, jeśli jest
details-metric-value = Wartość
details-metrics-none = Brak wskaźników: dodaj liczby, które tu mierzysz.
details-not-set = Nie ustawiono
details-pain-point = Problem { $n }
details-ratings-none = Mapa nie ma jeszcze kryteriów oceny. Dodaj je w „Szczegółach mapy”.
details-remove-delight = Usuń moment zachwytu { $n }
details-remove-feedback = Usuń cytat { $n }
details-remove-hypothesis = Usuń hipotezę { $n }
details-remove-metric = Usuń „{ $name }”
details-remove-pain-point = Usuń problem { $n }
details-score-hint = 1 — słabo, 5 — doskonale.
details-score-value = { $score } z 5
details-section-channel = Kanał i odpowiedzialność
details-section-experience = Doświadczenie klienta
details-section-feedback = Opinie klientów
details-section-metrics = Wskaźniki
details-section-ratings = Oceny według kryteriów
details-section-timing = Czas
details-title = Szczegóły punktu styku

disk-keep-mine = Zachowaj moją
disk-load-theirs = Wczytaj ich wersję
disk-message = Plik „{ $file }” zmieniono na dysku po jego otwarciu, a masz niezapisane zmiany. Zachowaj swoją wersję (następny zapis zastąpi plik), wczytaj nową (twoje zmiany przepadną) albo zapisz swoją jako osobną kopię.
disk-reloaded = Mapę wczytano ponownie: jej plik zmienił się na dysku.
disk-save-copy = Zapisz moją jako kopię…
disk-title = Ktoś inny zmienił tę mapę

error-hint = Plik nie został zmieniony. Otwórz inną mapę albo zacznij od przykładowej.
error-no-document = W tym oknie nie ma otwartej mapy.
error-open = Otwórz…
error-open-sample = Otwórz przykładową mapę
error-resync = Mapa na ekranie była nieaktualna i została wczytana ponownie.
error-title = Nie można otworzyć tej mapy

export-cancelling = Anulowanie…
export-csv-hint = Każdy punkt styku jako wiersz, do Excela lub Arkuszy Google.
export-csv-name = Arkusz kalkulacyjny (CSV)
export-delimiter = Separator
export-delimiter-comma = Przecinek ( , )
export-delimiter-hint = Excel po polsku, rosyjsku i w innych językach z przecinkiem dziesiętnym oczekuje średników.
export-delimiter-semicolon = Średnik ( ; )
export-done = Wyeksportowano do pliku { $file }.
export-format = Format
export-html-hint = Jeden plik, który otworzy każda przeglądarka, bez instalowania aplikacji.
export-html-name = Strona internetowa (HTML)
export-md-hint = Tekst z nagłówkami i listami, do wiki i notatek.
export-md-name = Markdown
export-mmd-hint = Diagram journey Mermaid, rysowany przez GitHub, GitLab, Notion i Obsidian.
export-mmd-name = Diagram Mermaid
export-no-options = Ten format nie ma opcji.
export-paper = Rozmiar strony
export-paper-a3 = A3
export-paper-a4 = A4
export-paper-hint = Strony A4, A3 i Letter są poziome; duża mapa ciągnie się na kolejnych stronach.
export-paper-letter = Letter
export-paper-map = Rozmiar mapy (jedna strona)
export-pdf-hint = Do druku i wysyłki: jedna strona albo arkusze papieru.
export-pdf-name = Dokument PDF
export-png-hint = Obraz do prezentacji, czatów i dokumentów.
export-png-name = Obraz PNG
export-progress = Eksportowanie… { $percent }%
export-scale = Rozmiar
export-scale-hint = 2× ma dwa razy więcej pikseli w każdym kierunku: ostry obraz na slajdach i ekranach o wysokiej rozdzielczości.
export-scale-one = 1×
export-scale-two = 2×
export-submit = Eksportuj…
export-svg-hint = Obraz ostry w każdym rozmiarze, do programów graficznych.
export-svg-name = Obraz SVG
export-title = Eksport mapy
export-waiting = Wybierz, gdzie zapisać plik…
export-xlsx-hint = Każdy punkt styku jako wiersz, szczegóły mapy na drugim arkuszu: filtry, etapy zgrupowane, ocena w kolorze.
export-xlsx-name = Skoroszyt Excel (XLSX)

filters-any-channel = Dowolny kanał
filters-any-lane = Dowolny tor
filters-any-owner = Dowolny zespół
filters-channel = Kanał
filters-clear = Wyczyść filtry
filters-label = Filtr
filters-lane = Tor
filters-matching = Pasuje: { $count } z { $total }
filters-measure = Miara
filters-not-measured = Bez pomiaru
filters-off-target = Cel nieosiągnięty
filters-owner = Zespół odpowiedzialny
filters-sentiment = Ocena
filters-untitled-lane = Tor bez nazwy

find-close = Zamknij wyszukiwanie (Escape)
find-count = { $count ->
    [one] 1 wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
find-label = Szukaj na mapie
find-next = Następny wynik (Enter, F3)
find-none = Brak wyników
find-placeholder = Szukaj w tytułach, opisach, problemach, właścicielach…
find-position = { $current } z { $count }
find-previous = Poprzedni wynik (Shift+Enter, Shift+F3)

frequency-one-off = Jednorazowy
frequency-recurring = Powtarzalny

heat-legend = { $name }, od gorszego do lepszego
heat-legend-better = lepiej
heat-legend-none = bez pomiaru
heat-legend-worse = gorzej
horizon-long-term = Długoterminowy
horizon-short-term = Krótkoterminowy

hypothesis-confirmed = Potwierdzona
hypothesis-idea = Pomysł
hypothesis-rejected = Odrzucona
hypothesis-testing = W testach

import-busy = Importowanie…
import-cards = Jak trafi na mapę
import-column-untitled = Kolumna { $letter }
import-columns = Kolumny
import-columns-hint = Co zawiera każda kolumna, według jej nagłówka. Popraw, gdzie przypuszczenie jest błędne; każdy wiersz pod nagłówkiem stanie się punktem styku.
import-counts = { $stages ->
            [one] { $stages } etap
            [few] { $stages } etapy
            [many] { $stages } etapów
           *[other] { $stages } etapu
        }, { $touchpoints ->
            [one] { $touchpoints } punkt styku
            [few] { $touchpoints } punkty styku
            [many] { $touchpoints } punktów styku
           *[other] { $touchpoints } punktu styku
        }
import-delimiter-comma = przecinkami
import-delimiter-other = „{ $char }”
import-delimiter-semicolon = średnikami
import-delimiter-tab = tabulatorami
import-lands-in = Mapa otworzy się w nowym oknie, jeszcze niezapisana.
import-notes = { $count ->
            [one] { $count } uwaga
            [few] { $count } uwagi
            [many] { $count } uwag
           *[other] { $count } uwagi
        }
import-notes-more = … i jeszcze { $count }.
import-read-as = Odczytano jako { $encoding }, komórki rozdzielone { $delimiter }
import-reading = Odczytywanie pliku…
import-role-channel = Kanał
import-role-control = Kto kontroluje
import-role-delights = Momenty zachwytu
import-role-description = Opis
import-role-frequency = Częstotliwość
import-role-horizon = Horyzont
import-role-hypotheses = Hipotezy
import-role-id = Id punktu styku
import-role-ignore = Pomiń
import-role-keep = Zachowaj jako pole
import-role-label = Co zawiera kolumna „{ $column }”
import-role-lane = Tor
import-role-order = Kolejność w etapie
import-role-owner = Zespół odpowiedzialny
import-role-pain-points = Problemy
import-role-presence = Online czy offline
import-role-score = Ocena (1–5)
import-role-sentiment = Nastrój
import-role-stage = Etap
import-role-stage-id = Id etapu
import-role-stage-number = Numer etapu
import-role-title = Tytuł punktu styku
import-sample = Pierwsze wiersze arkusza
import-sheet = Arkusz
import-submit = Importuj
import-title = Import do nowej mapy

lane-add = Dodaj tor
lane-add-touchpoint = Dodaj punkt styku: { $cell }
lane-blank = Pusty tor
lane-cell = { $stage }, tor { $lane }
lane-delete = Usuń tor
lane-header-label =
    { $count ->
        [one] Tor { $lane }, { $count } punkt styku
        [few] Tor { $lane }, { $count } punkty styku
        [many] Tor { $lane }, { $count } punktów styku
       *[other] Tor { $lane }, { $count } punktu styku
    }
lane-keys-hint = Alt ze strzałką w górę lub w dół przenosi tor. Enter lub F2 zmienia nazwę, Delete usuwa.
lane-lanes = Tory
lane-move-down = Przesuń tor w dół
lane-move-up = Przesuń tor w górę
lane-new-name = Nowy tor
lane-rename = Zmień nazwę toru
lane-rename-hint = Kliknij dwukrotnie, aby zmienić nazwę
lane-rename-label = Nazwa toru
lane-suggest-actions = Działania klienta
lane-suggest-opportunities = Szanse
lane-suggest-pains = Problemy
lane-suggest-thoughts = Myśli i uczucia
lane-suggest-touchpoints = Punkty styku
lane-suggestions = Proponowane tory
lane-untitled = Tor bez nazwy

library-add-to = Dodaj „{ $title }” ({ $channel }) do etapu { $stage }
library-hint = Kliknij punkt styku, aby dodać go do etapu „{ $stage }”, albo przeciągnij go do dowolnej komórki mapy.
library-no-match = Brak punktów styku pasujących do „{ $query }”.
library-no-stages = Mapa nie ma jeszcze etapów: dodaj etap, a potem punkty styku stąd.
library-search = Szukaj punktów styku
library-subtitle = Typowe punkty styku każdego etapu
library-suggested = Dla tego etapu
library-title = Biblioteka punktów styku

map-details-add-business-goal = Dodaj cel biznesowy
map-details-add-criterion = Dodaj
map-details-add-customer-goal = Dodaj cel klienta
map-details-add-persona = Dodaj personę
map-details-add-persona-goal = Dodaj cel
map-details-bad-date = Wpisz pełną datę: rok, miesiąc i dzień.
map-details-business-goal = Cel biznesowy { $n }
map-details-business-goals = Cele biznesowe
map-details-criteria = Kryteria oceny
map-details-criteria-hint = Każdy punkt styku można ocenić w każdym kryterium od 1 do 5.
map-details-criterion-exists = Mapa ma już kryterium „{ $name }”.
map-details-criterion-preset = Wybierz typowe kryterium
map-details-custom-criterion = Albo nazwij własne kryterium
map-details-customer-goal = Cel klienta { $n }
map-details-customer-goals = Cele klienta
map-details-goals = Cele
map-details-import-metrics = Importuj wartości wskaźników…
map-details-last-review = Data ostatniego przeglądu
map-details-metrics-hint = Wczytaj wartości z tego miesiąca z eksportu ankiety lub analityki: kolumna z punktem styku (nazwa lub id) i kolumna na każdy wskaźnik.
map-details-never-reviewed = Mapa nie była jeszcze przeglądana. Przeglądaj ją co najmniej raz w roku.
map-details-new-persona = Nowa persona
map-details-no-personas = Brak person: dodaj klientów, których dotyczy ta mapa.
map-details-notes = Notatki
map-details-notes-placeholder = Wszystko, co zespół powinien wiedzieć o tej mapie
map-details-persona-description = Krótki opis
map-details-persona-goal = Cel { $n }
map-details-persona-goals = Cele
map-details-persona-label = Persona { $n }
map-details-persona-name = Nazwa
map-details-personas = Persony i segmenty
map-details-remove-business-goal = Usuń cel biznesowy { $n }
map-details-remove-criterion = Usuń kryterium „{ $name }”
map-details-remove-customer-goal = Usuń cel klienta { $n }
map-details-remove-persona = Usuń personę { $n }
map-details-remove-persona-goal = Usuń cel { $n }
map-details-review = Przegląd
map-details-reviewed = Ostatni przegląd: { $ago }.
map-details-reviewed-today = Przejrzana dzisiaj
map-details-title = Szczegóły mapy

measure-criterion = Kryterium: { $name }
measure-heat = Mapa cieplna
measure-heat-hint = Koloruj karty według miary zamiast oceny
measure-label = Miara na tablicy
measure-none = Bez miary
measure-show = Pokaż
merge-base-message = W git nie znaleziono wspólnej wersji tej mapy i «{ $other }». Wybierz kopię, z której powstały obie, aby odróżnić zmiany każdej strony, albo scal bez niej: wtedy każda różnica będzie Twoim wyborem.
merge-base-pick = Wybierz wspólną wersję…
merge-base-title = Z której wersji powstały obie kopie?
merge-base-without = Scal bez niej
merge-done = Scalono «{ $other }»: { $taken ->
        [one] przyjęto { $taken } zmianę
        [few] przyjęto { $taken } zmiany
        [many] przyjęto { $taken } zmian
       *[other] przyjęto { $taken } zmian
    }, { $conflicts ->
        [0] bez konfliktów
        [one] { $conflicts } konflikt do rozwiązania
        [few] { $conflicts } konflikty do rozwiązania
        [many] { $conflicts } konfliktów do rozwiązania
       *[other] { $conflicts } konfliktów do rozwiązania
    }. Zapisz, aby zachować wynik.
merge-nothing-new = «{ $other }» nie ma niczego, czego brakuje tej mapie.
metrics-import-cards = Karty, które otrzymają wartości
metrics-import-counts = { $cards ->
        [one] { $cards } karta
        [few] { $cards } karty
        [many] { $cards } kart
       *[other] { $cards } karty
    }, { $values ->
        [one] { $values } wartość
        [few] { $values } wartości
        [many] { $values } wartości
       *[other] { $values } wartości
    }
metrics-import-date = Data pomiaru
metrics-import-date-hint = dla wierszy bez własnej daty
metrics-import-more-cards = { $count ->
        [one] i jeszcze { $count } karta
        [few] i jeszcze { $count } karty
        [many] i jeszcze { $count } kart
       *[other] i jeszcze { $count } karty
    }
metrics-import-row-many = { $count ->
        [one] Wiersz { $row }: „{ $touchpoint }” wskazuje { $count } kartę
        [few] Wiersz { $row }: „{ $touchpoint }” wskazuje { $count } karty: użyj ich id
        [many] Wiersz { $row }: „{ $touchpoint }” wskazuje { $count } kart: użyj ich id
       *[other] Wiersz { $row }: „{ $touchpoint }” wskazuje { $count } karty: użyj ich id
    }
metrics-import-row-none = Wiersz { $row }: „{ $touchpoint }” nie jest kartą tej mapy
metrics-import-submit = Importuj wartości
metrics-import-title = Import wskaźników
metrics-import-unmatched = { $count ->
        [one] { $count } wiersz nie wskazuje żadnej karty albo wskazuje kilka: import jest wstrzymany, dopóki każdy wiersz nie wskaże jednej karty
        [few] { $count } wiersze nie wskazują żadnej karty albo wskazują kilka: import jest wstrzymany, dopóki każdy wiersz nie wskaże jednej karty
        [many] { $count } wierszy nie wskazuje żadnej karty albo wskazuje kilka: import jest wstrzymany, dopóki każdy wiersz nie wskaże jednej karty
       *[other] { $count } wiersza nie wskazuje żadnej karty albo wskazuje kilka: import jest wstrzymany, dopóki każdy wiersz nie wskaże jednej karty
    }
metrics-import-was = było { $value }
notes-dismiss = Zamknij
notes-hint = Plik na dysku pozostanie bez zmian, dopóki nie zapiszesz mapy.
notes-recovered = Przywrócono niezapisane zmiany z { $time } po nieoczekiwanym zamknięciu Journey Mapper. Zapisz mapę, aby je zachować, albo zamknij okno bez zapisywania, aby je odrzucić.
notes-title = Mapę otwarto ze zmianami

overview-hide = Ukryj podgląd
overview-title = Podgląd
overview-toggle = Podgląd całej mapy
panel-close = Zamknij
panel-close-hint = Zamknij (Esc)

presence-offline = Offline
presence-online = Online

recent-empty = Brak ostatnio otwieranych map.
recent-missing = brak pliku
recent-title = Ostatnio otwierane

review-dismiss = Ukryj do następnego otwarcia mapy
review-mark-today = Oznacz jako przejrzaną dzisiaj
review-never = Ta mapa nie była jeszcze przeglądana — przeglądaj ją co najmniej raz w roku.
review-overdue = Ostatni przegląd: { $ago } — czas przejrzeć tę mapę.

sentiment-negative = Negatywna
sentiment-neutral = Neutralna
sentiment-positive = Pozytywna

stage-add-touchpoint = Dodaj punkt styku
stage-cards-label = Punkty styku w etapie { $stage }
stage-delete = Usuń etap
stage-empty = Brak punktów styku
stage-flag-all-negative = Wszystkie punkty styku są tu negatywne
stage-flag-empty = Brak punktów styku na tym etapie: luka w ścieżce?
stage-header-label =
    { $count ->
        [one] Etap { $stage }, { $count } punkt styku
        [few] Etap { $stage }, { $count } punkty styku
        [many] Etap { $stage }, { $count } punktów styku
       *[other] Etap { $stage }, { $count } punktu styku
    }
stage-keys-hint = Alt ze strzałką w lewo lub w prawo przenosi etap. Enter lub F2 zmienia nazwę, Delete usuwa.
stage-label =
    { $count ->
        [one] { $stage }: { $count } punkt styku
        [few] { $stage }: { $count } punkty styku
        [many] { $stage }: { $count } punktów styku
       *[other] { $stage }: { $count } punktu styku
    }
stage-measure-mean = { $name }, średnio: { $value }
stage-measure-none = { $name }: brak danych
stage-measure-rating = { $name }: { $value } z 5
stage-measure-sum = { $name }, łącznie: { $value }
stage-move-left = Przesuń etap w lewo
stage-move-right = Przesuń etap w prawo
stage-new-name = Nowy etap
stage-rename = Zmień nazwę etapu
stage-rename-hint = Kliknij dwukrotnie, aby zmienić nazwę
stage-rename-label = Nazwa etapu
stage-summary = pozytywne: { $positive }, neutralne: { $neutral }, negatywne: { $negative }
stage-summary-empty = Brak punktów styku
stage-untitled = Etap bez nazwy

status-conflicts = { $count ->
        [one] { $count } konflikt
        [few] { $count } konflikty
        [many] { $count } konfliktów
       *[other] { $count } konfliktów
    }
status-hint-move = przenieś
status-hint-rename = zmień nazwę
status-hint-sentiment = ocena
status-language = Język
status-stages =
    { $count ->
        [one] { $count } etap
        [few] { $count } etapy
        [many] { $count } etapów
       *[other] { $count } etapu
    }
status-touchpoints =
    { $count ->
        [one] { $count } punkt styku
        [few] { $count } punkty styku
        [many] { $count } punktów styku
       *[other] { $count } punktu styku
    }

toast-dismiss = Zamknij

toolbar-export = Eksportuj…
toolbar-export-hint = Eksportuj jako obraz, PDF, stronę internetową lub arkusz (Ctrl+E)
toolbar-find-hint = Szukaj na mapie (Ctrl+F)
toolbar-history = Historia
toolbar-library = Biblioteka
toolbar-library-hint = Typowe punkty styku każdego etapu do dodania na mapę (L)
toolbar-map-details = Szczegóły mapy
toolbar-map-details-hint = Persony, cele, notatki i data ostatniego przeglądu
toolbar-never-saved = Jeszcze niezapisana
toolbar-open = Otwórz…
toolbar-open-hint = Otwórz mapę (Ctrl+O)
toolbar-redo = Ponów
toolbar-redo-hint = Ponów (Ctrl+Shift+Z)
toolbar-rename-title = Zmień nazwę mapy
toolbar-save = Zapisz
toolbar-save-as = Zapisz jako…
toolbar-save-as-hint = Zapisz kopię pod nową nazwą (Ctrl+Shift+S)
toolbar-save-hint = Zapisz (Ctrl+S)
toolbar-saved = Wszystkie zmiany zapisane
toolbar-title-button = Nazwa mapy: { $title }. Kliknij, aby zmienić.
toolbar-title-label = Nazwa mapy
toolbar-undo = Cofnij
toolbar-undo-hint = Cofnij (Ctrl+Z)
toolbar-unsaved = Niezapisane zmiany
toolbar-untitled = Mapa bez nazwy

toolbar-workshop = Warsztat
toolbar-workshop-hint = Tryb warsztatu: mapa na pełnym ekranie, etap po etapie (F5)
workshop-add = Nowa karta
workshop-emotion-negative = Odczucia negatywne
workshop-emotion-neutral = Odczucia neutralne
workshop-emotion-positive = Odczucia pozytywne
workshop-hypotheses = Hipotezy
workshop-keys-add = nowa karta
workshop-keys-leave = wyjście
workshop-keys-stages = etapy
workshop-leave = Zakończ warsztat
workshop-next = Następny etap
workshop-none = Jeszcze brak
workshop-pain-points = Problemy
workshop-panel = Etap na ekranie
workshop-previous = Poprzedni etap
workshop-stage-of = Etap { $n } z { $count }
zoom-control = Powiększenie
zoom-fit = Dopasuj do okna
zoom-fit-hint = Pokaż całą mapę w oknie (Ctrl+1)
zoom-in = Powiększ
zoom-in-hint = Powiększ (Ctrl+=)
zoom-level = Powiększenie
zoom-level-hint = Powiększenie (Ctrl+0: 100%)
zoom-out = Pomniejsz
zoom-out-hint = Pomniejsz (Ctrl+-)
zoom-percent = { $percent }%
