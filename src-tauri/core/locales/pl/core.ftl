### The core's messages: why a file does not open, what the reader repaired, why a save,
### an edit or an export failed. The json-* texts translate what the JSON parser says.

load-io = — nie można odczytać pliku: { $reason }
load-too-large = ma { $size } MiB, więcej niż limit { $limit } MiB dla pliku mapy
load-empty = jest pusty; oczekiwano mapy podróży klienta w formacie JSON
load-binary = jest plikiem binarnym, a nie tekstem; oczekiwano mapy podróży klienta w formacie JSON
load-image-without-map = jest obrazem { $image } bez mapy podróży klienta w środku; mapę zawierają tylko obrazy wyeksportowane z Journey Mapper
load-not-utf8 = nie jest tekstem UTF-8 (nieprawidłowy bajt na pozycji { $offset }); oczekiwano mapy podróży klienta w formacie JSON
load-truncated = { $line }:{ $column }: plik kończy się za wcześnie; wygląda na ucięty
load-syntax = { $line }:{ $column }: nieprawidłowy JSON: { $detail }
load-not-a-map = nie jest mapą podróży klienta: oczekiwano obiektu JSON z "format": "journey-map"
load-missing-version = "version": oczekiwano wersji w rodzaju "1.0", a jej brak
load-bad-version = "version": oczekiwano wersji w rodzaju "1.0", a jest { $found }
load-newer-major = używa formatu w wersji { $found }, utworzonego przez nowszy Journey Mapper; zaktualizuj aplikację, aby otworzyć ten plik
load-too-deep = { $line }:{ $column }: zagnieżdżenie głębsze niż { $limit } poziomów, czyli limit dla pliku mapy
load-shape = { $line }:{ $column }: w { $path }: { $detail }
load-shape-top = { $line }:{ $column }: na najwyższym poziomie: { $detail }
load-conflicted = { $line }: zawiera nierozwiązane konflikty scalania ({ $blocks ->
        [1] { $blocks } fragment z konfliktem, w wierszu { $line }
        [few] { $blocks } fragmenty z konfliktami, pierwszy w wierszu { $line }
        [many] { $blocks } fragmentów z konfliktami, pierwszy w wierszu { $line }
       *[other] { $blocks } fragmentu z konfliktami, pierwszy w wierszu { $line }
    }); scal go w aplikacji Journey Mapper lub rozwiąż konflikty ręcznie

io-not-found = nie ma takiego pliku ani folderu
io-permission-denied = brak dostępu
io-is-a-directory = to jest folder, a nie plik

save-failed = Nie udało się zapisać { $file }: { $reason }
save-read-only = brak dostępu; plik lub jego folder jest tylko do odczytu. Zapisz mapę w innym miejscu
save-no-folder = jego folder już nie istnieje. Zapisz mapę w innym miejscu
save-exists = plik o tej nazwie już istnieje
save-disk-full = dysk jest pełny. Zwolnij miejsce lub zapisz mapę gdzie indziej
save-changed-on-disk = plik { $file } zmieniono na dysku po jego otwarciu; zapisz mapę pod inną nazwą albo wczytaj plik ponownie, aby zobaczyć zmiany innych osób
save-no-file = mapa nie ma jeszcze pliku; użyj „Zapisz jako”

edit-no-such-stage = nie ma etapu o id „{ $id }”; mógł zostać usunięty
edit-no-such-touchpoint = nie ma punktu styku o id „{ $id }”; mógł zostać usunięty
edit-no-such-lane = nie ma toru o id „{ $id }”; mógł zostać usunięty
edit-duplicate-id = id „{ $id }” jest już używane w tej mapie
edit-bad-score = ocena punktowa to liczba całkowita od 1 do 5, a nie { $score }
edit-bad-date = „{ $date }” nie jest datą; użyj formatu RRRR-MM-DD
edit-bad-rating = ocena to liczba całkowita od 1 do 5, a nie { $rating }
edit-bad-number = { $value } nie może być wartością metryki
edit-duplicate-metric = metryka „{ $name }” już jest
edit-no-such-metric = na tej karcie nie ma metryki „{ $name }”
edit-no-such-criterion = mapa nie ma kryterium „{ $id }”
edit-duplicate-criterion = identyfikator kryterium „{ $id }” jest pusty lub powtórzony
edit-criterion-in-use = karty są wciąż oceniane według kryterium „{ $id }”
edit-no-such-feedback = na tej karcie nie ma opinii o numerze { $index }
edit-out-of-scale = { $value } wykracza poza skalę metryki „{ $name }”

export-cancelled = eksport anulowano
export-render = nie udało się narysować mapy jako { $format }: { $reason }
export-thread-failed = nie udało się narysować mapy jako { $format }: wątek rysujący uległ awarii
export-no-memory = nie udało się narysować mapy jako { $format }: nie udało się przydzielić pamięci na obraz { $width } × { $height }
export-too-large = obraz miałby { $width } × { $height } pikseli, ponad limit PNG wynoszący { $limit } pikseli; wyeksportuj mapę do PDF
export-too-large-scaled = obraz miałby { $width } × { $height } pikseli, ponad limit PNG wynoszący { $limit } pikseli; wyeksportuj mapę w skali 1× albo do PDF
export-would-overwrite-map = { $file } to sam plik mapy; wybierz inną nazwę dla eksportu

note-newer-minor = mapę utworzono w nowszej wersji Journey Mapper (format { $version }); pola, których ta wersja nie zna, są zachowane
note-from-image = mapę odczytano z obrazu { $image }; „Zapisz jako” zapisze ją jako plik mapy
note-from-conflict-markers = { $blocks ->
        [one] plik miał znaczniki konfliktu git w { $blocks } miejscu
        [few] plik miał znaczniki konfliktu git w { $blocks } miejscach
       *[other] plik miał znaczniki konfliktu git w { $blocks } miejscach
    }: otwarto go jako scalenie jego dwóch wersji { $base ->
        [file] (ze wspólną wersją zapisaną w pliku)
        [git] (ze wspólną wersją z git)
       *[none] (nie znaleziono wspólnej wersji: każda różnica jest wyborem)
    }; rozwiąż konflikty, a potem zapisz
note-conflicts = { $count ->
        [one] w pliku zapisano { $count } konflikt scalania; do jego rozwiązania obowiązują nasze wartości
        [few] w pliku zapisano { $count } konflikty scalania; do ich rozwiązania obowiązują nasze wartości
       *[other] w pliku zapisano { $count } konfliktów scalania; do ich rozwiązania obowiązują nasze wartości
    }

repair-not-a-date = { $found } nie jest datą (RRRR-MM-DD); usunięto
repair-not-one-of-set = { $found } nie jest żadną z wartości { $choices }; ustawiono { $value }
repair-not-one-of-empty = { $found } nie jest żadną z wartości { $choices }; pole pozostawiono puste
repair-not-a-sentiment = { $found } nie jest oceną (positive, neutral lub negative); ustawiono neutral
repair-not-a-score = { $found } nie jest oceną punktową (liczbą całkowitą od 1 do 5); usunięto
repair-not-text = { $found } nie było tekstem; zapisano jako tekst
repair-not-a-text-list = { $found } nie jest listą tekstów; zachowano jako jeden tekst
repair-not-a-hypothesis-list = { $found } nie jest listą hipotez; zachowano jako jedną hipotezę
repair-not-a-hypothesis = { $found } nie jest hipotezą; zachowano jako jej tekst
repair-stage-missing-id = etap nie miał id; nadano mu „{ $given }”
repair-lane-missing-id = tor nie miał id; nadano mu „{ $given }”
repair-touchpoint-missing-id = punkt styku nie miał id; nadano mu „{ $given }”
repair-stage-duplicate-id = id etapu „{ $id }” użyto dwukrotnie; temu etapowi nadano „{ $given }”
repair-lane-duplicate-id = id toru „{ $id }” użyto dwukrotnie; temu torowi nadano „{ $given }”
repair-touchpoint-duplicate-id = id punktu styku „{ $id }” użyto dwukrotnie; temu punktowi styku nadano „{ $given }”
repair-no-stage = punkt styku nie ma etapu; umieszczono go w nowym etapie „{ $stage }”
repair-unknown-stage = punkt styku wskazuje etap „{ $missing }”, który nie istnieje; umieszczono go w nowym etapie „{ $stage }”
repair-no-lanes = mapa nie ma torów, więc tor „{ $lane }” usunięto
repair-unknown-lane = punkt styku wskazuje tor „{ $missing }”, który nie istnieje; umieszczono go w pierwszym torze, „{ $first }”

json-expected-value = oczekiwano wartości
json-expected-ident = oczekiwano true, false lub null
json-expected-colon = oczekiwano `:`
json-expected-comma-or-bracket = oczekiwano `,` lub `]`
json-expected-comma-or-brace = oczekiwano `,` lub `{ "}" }`
json-trailing-comma = zbędny przecinek na końcu
json-trailing-characters = zbędne znaki po końcu dokumentu
json-key-must-be-string = klucz musi być tekstem
json-invalid-escape = nieprawidłowa sekwencja ucieczki
json-invalid-number = nieprawidłowa liczba
json-number-out-of-range = liczba poza zakresem
json-invalid-unicode = nieprawidłowy kod znaku Unicode
json-control-character = znak sterujący (\u0000-\u001F) w tekście
json-lone-surrogate = niesparowany surogat w sekwencji ucieczki
json-hex-escape-end = sekwencja ucieczki \u urywa się
json-invalid-type = nieprawidłowy typ: { $found }, oczekiwano: { $expected }
json-invalid-value = nieprawidłowa wartość: { $found }, oczekiwano: { $expected }
json-invalid-length = nieprawidłowa długość { $length }, oczekiwano: { $expected }
json-missing-field = brak pola `{ $field }`
json-duplicate-field = pole `{ $field }` występuje dwukrotnie
json-unknown-variant = nieznana wartość `{ $found }`, oczekiwano: { $expected }
json-one-of = jedna z { $list }
json-type-integer = liczba całkowita
json-type-float = liczba ułamkowa
json-type-string = tekst
json-type-boolean = wartość logiczna
json-type-sequence = lista
json-type-map = obiekt
json-expect-string = tekst
json-expect-sequence = lista
json-expect-map = obiekt
json-expect-boolean = true lub false
json-expect-integer = liczba całkowita
json-expect-number = liczba
json-expect-object = obiekt

## The command line

cli-unknown-option = nieoczekiwany argument '{ $word }'
cli-unknown-word = '{ $word }' nie jest ani podpoleceniem, ani istniejącym plikiem
cli-no-display = okno wymaga ekranu graficznego, a żadnego nie znaleziono (nie ustawiono ani DISPLAY, ani WAYLAND_DISPLAY); bez niego działają podpolecenia: { $subcommands }

## Import mapy zrobionej gdzie indziej (ścieżka w Mermaid)

import-empty = plik jest pusty: nie ma czego importować
import-no-journey = plik nie jest diagramem journey Mermaid: jego pierwszy wiersz musi brzmieć „journey”
import-no-journey-block = w pliku Markdown nie ma ścieżki Mermaid: nie znaleziono bloku ```mermaid zaczynającego się od „journey”
import-not-text = plik nie jest tekstem: arkusz musi być tekstem CSV lub TSV (w dowolnym kodowaniu) albo skoroszytem, a diagram tekstem w UTF-8
import-unsupported = plików typu „.{ $extension }” nie można importować: czytane są arkusze (.csv, .tsv, .xlsx, .xls, .ods) i ścieżki Mermaid (plik .mmd lub plik .md z blokiem ```mermaid journey)
# One of the names a message lists: a header, a sheet.
import-quoted = „{ $text }”
import-read = nie można odczytać { $file }: { $reason }
import-no-score = wiersz { $line }: „{ $text }” nie ma oceny (napisz „nazwa: od 1 do 5”), więc został pominięty
import-bad-score = wiersz { $line }: ocena „{ $score }” dla „{ $text }” nie jest liczbą od 1 do 5, więc punkt zaimportowano jako neutralny, bez oceny
import-unreadable = wiersz { $line }: „{ $text }” nie jest tytułem, sekcją ani zadaniem, więc został pominięty
import-row-no-stage = wiersz { $row }, kolumna „{ $column }”: wiersz nie ma etapu i żaden wiersz nad nim go nie ma, więc został pominięty
import-row-no-title = wiersz { $row }, kolumna „{ $column }”: wiersz nie ma tytułu punktu styku, więc został pominięty
import-cell-unknown = wiersz { $row }, kolumna „{ $column }”: „{ $value }” nie jest wartością, którą przyjmuje ta kolumna, więc zachowano ją na karcie jako pole „{ $column }”
import-cell-duplicate-id = wiersz { $row }, kolumna „{ $column }”: id „{ $value }” ma już punkt styku powyżej, więc ten dostał nowe id
import-cell-not-a-number = wiersz { $row }, kolumna „{ $column }”: „{ $value }” nie jest liczbą, więc pominięto tę wartość
import-cell-out-of-scale = wiersz { $row }, kolumna „{ $column }”: { $value } jest poza skalą metryki, więc pominięto tę wartość
import-cell-no-metric-value = wiersz { $row }, kolumna „{ $column }”: w wierszu brak wartości tej metryki, więc „{ $value }” zachowano na karcie jako pole „{ $column }”
import-no-touchpoint-column = żadna kolumna nie wskazuje punktu styku: arkusz metryk potrzebuje kolumny „Punkt styku” lub „Id punktu styku” („Touchpoint”, „Точка контакта”) i kolumny na każdą metrykę; { $count ->
        [0] arkusz nie ma nagłówków
       *[other] nagłówki arkusza to { $found }
    }
import-no-metric-columns = obok kolumny punktów styku nie znaleziono kolumny wartości metryk: nadaj każdej nazwę metryki (NPS, CSAT…); { $count ->
        [0] arkusz nie ma nagłówków
       *[other] nagłówki arkusza to { $found }
    }
import-no-columns = { $missing ->
        [stage] nie znaleziono kolumny etapów
        [title] nie znaleziono kolumny tytułów punktów styku
       *[both] nie znaleziono ani kolumny etapów, ani kolumny tytułów punktów styku
    }: ścieżka potrzebuje kolumny z nagłówkiem „Etap” („Stage”, „Этап”) i kolumny „Punkt styku” („Touchpoint”, „Точка контакта”); { $count ->
        [0] arkusz nie ma nagłówków
       *[other] nagłówki arkusza to { $found }
    }
import-workbook = nie można odczytać skoroszytu, może być uszkodzony: { $reason }
import-encrypted = skoroszyt jest chroniony hasłem: otwórz go w arkuszu kalkulacyjnym, zapisz kopię bez hasła i zaimportuj ją
import-no-sheet = skoroszyt nie ma arkusza „{ $name }”: jego arkusze to { $sheets }
import-written = { $file }: zapisano, { $stages ->
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
metrics-map-repaired = { $file } wymagał naprawy przy odczycie, więc jego metryk nie zaktualizowano: najpierw otwórz i zapisz go w Journey Mapper, aby to polecenie zmieniało tylko metryki
metrics-map-is-image = { $file } to obraz z mapą w środku: otwórz go w Journey Mapper i zapisz jako plik mapy, a potem zaktualizuj metryki tego pliku
metrics-unmatched = { $file }: { $count ->
        [one] { $count } wiersz nie wskazuje
        [few] { $count } wiersze nie wskazują
        [many] { $count } wierszy nie wskazuje
       *[other] { $count } wiersza nie wskazuje
    } dokładnie jednego punktu styku { $map }, więc nic nie zmieniono; podaj w każdym wierszu id lub dokładny tytuł punktu styku:
metrics-row-unmatched = wiersz { $row }: { $cards ->
        [0] „{ $touchpoint }” nie jest punktem styku tej mapy
        [one] „{ $touchpoint }” to tytuł { $cards } punktu styku (użyj id)
        [few] „{ $touchpoint }” to tytuł { $cards } punktów styku (użyj ich id)
        [many] „{ $touchpoint }” to tytuł { $cards } punktów styku (użyj ich id)
       *[other] „{ $touchpoint }” to tytuł { $cards } punktu styku (użyj ich id)
    }
metrics-written = { $file }: zapisano { $values ->
        [one] { $values } wartość
        [few] { $values } wartości
        [many] { $values } wartości
       *[other] { $values } wartości
    } dla { $touchpoints ->
        [one] { $touchpoints } punktu styku
        [few] { $touchpoints } punktów styku
        [many] { $touchpoints } punktów styku
       *[other] { $touchpoints } punktu styku
    }
## Metryki, kryteria i opinie (format 1.2)

metric-preset-nps = Wskaźnik NPS
metric-preset-csat = Wskaźnik CSAT
metric-preset-csat-percent = Wskaźnik CSAT, %
metric-preset-ces = Wskaźnik CES
metric-preset-conversion-rate = Współczynnik konwersji
metric-preset-response-time = Czas odpowiedzi
metric-preset-reach = Zasięg
metric-preset-customer-count = Liczba klientów
criterion-preset-design = Projekt i jakość
criterion-preset-content = Treść
criterion-preset-reachability = Dostępność
criterion-preset-response-speed = Szybkość odpowiedzi
criterion-preset-frequency = Częstotliwość
criterion-preset-engagement = Zaangażowanie
criterion-preset-personal-tone = Osobisty ton
repair-not-a-metric-list = na karcie „{ $card }” { $found } nie jest listą metryk; usunięto
repair-not-a-metric = na karcie „{ $card }” { $found } nie jest metryką; usunięto
repair-metric-not-a-number = na karcie „{ $card }” wartość metryki „{ $name }”, { $found }, nie jest liczbą; metrykę usunięto
repair-metric-without-value = na karcie „{ $card }” metryka „{ $name }” nie ma wartości; usunięto ją
repair-metric-target-without-value = na karcie „{ $card }” metryka „{ $name }” ma cel ({ $target }), ale nie ma wartości; usunięto ją
repair-metric-out-of-scale = na karcie „{ $card }” wartość { $found } metryki „{ $name }” wykracza poza jej skalę ({ $scale }); ustawiono { $value }
repair-metric-duplicate = karta „{ $card }” ma metrykę „{ $name }” więcej niż raz; tę przemianowano na „{ $given }”
repair-not-ratings = na karcie „{ $card }” { $found } nie jest zbiorem ocen według kryteriów; usunięto
repair-not-a-rating = na karcie „{ $card }” ocena { $found } według kryterium „{ $criterion }” nie jest liczbą całkowitą od 1 do 5; usunięto ją
repair-unknown-criterion = karta „{ $card }” jest oceniona według kryterium „{ $id }”, którego mapa nie definiuje; dodano je do kryteriów mapy
repair-not-a-feedback-list = na karcie „{ $card }” { $found } nie jest listą opinii; zachowano jako jeden cytat
