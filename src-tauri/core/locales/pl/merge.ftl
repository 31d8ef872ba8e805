### Konflikty scalania trójstronnego, po jednym zdaniu (journey-mapper merge).
### „Tutaj” to nasza kopia (OURS), „druga kopia” to ich; zachowana jest nasza wartość.
### Tytuły i nazwy pochodzą z map; $field, $ours, $theirs i $place są już słowami.

# Czego dotyczy konflikt, na początku zdania.
merge-what-map = Mapa
merge-what-stage = Etap «{ $name }»
merge-what-lane = Tor «{ $name }»
merge-what-card = «{ $name }»
merge-field = { $what }: { $field } — tutaj { $ours }, w drugiej kopii { $theirs }; zachowano { $ours }
merge-removed-here = { $what }: tutaj usunięto, a w drugiej kopii zmieniono; usunięcie zostaje
merge-removed-there = { $what }: tutaj zmieniono, a w drugiej kopii usunięto; zachowano naszą wersję
merge-moved = { $what }: tutaj przeniesiono do { $ours }, a w drugiej kopii do { $theirs }; zachowano { $ours }
merge-cell-removed-kept = { $what }: druga kopia umieściła kartę w etapie lub torze usuniętym tutaj; karta jest w { $place }
merge-cell-removed-left-out = { $what }: druga kopia dodała kartę do etapu usuniętego tutaj; pominięto
merge-id-clash = { $what }: jego id { $id } jest też id etapu; pominięto
# Miejsca w konflikcie przeniesienia; $index liczony od 1.
merge-place-card = { $place }, miejsce { $index }
merge-place-column = kolumna { $index }
merge-place-row = wiersz { $index }
# Przed konfliktami w wierszu poleceń; $file to zapisana scalona mapa.
merge-heading = { $count ->
        [one] { $count } konflikt; w { $file } zachowano naszą wartość, a konflikt zapisano tamże:
        [few] { $count } konflikty; w { $file } zachowano nasze wartości, a konflikty zapisano tamże:
       *[other] { $count } konfliktów; w { $file } zachowano nasze wartości, a konflikty zapisano tamże:
    }
merge-out-is-input = journey-mapper: scalona mapa nadpisałaby { $file }, jedną ze scalanych kopii; podaj inny OUT (nadpisać można tylko OURS)
# Scalanie bez wspólnej wersji: każda różnica jest wyborem.
merge-only-ours = { $what }: tylko w tej kopii; zachowano
merge-only-theirs = { $what }: tylko w drugiej kopii; jeszcze nie przyjęto
# Co ma każda strona — na przyciskach wyboru.
merge-side-present = Na mapie
merge-side-absent = Nie ma na mapie
merge-side-left-out = Pominięto
merge-side-first-stage = Dodaj do pierwszego etapu
### Rozwiązywanie zapisanego konfliktu w aplikacji. $index liczony od 1.
resolve-no-such-conflict = W tej mapie nie ma konfliktu { $index }: zapisano w niej { $count }.
resolve-unreadable = Konflikt { $index } zapisano w postaci, której ta wersja nie rozumie; zachowaj wartość mapy, aby go zamknąć.
resolve-unreadable-record = Zapisany konflikt, którego ta wersja nie rozumie: { $record }
resolve-nothing-to-take = «{ $name }»: druga kopia nie ma tu wartości do przyjęcia; zachowaj tę albo zmień ją ręcznie.
resolve-gone = «{ $name }» nie ma już w mapie, więc wartości drugiej kopii nie ma gdzie wstawić; zachowaj tę, aby zamknąć konflikt.
resolve-no-stage = «{ $name }» nie może wrócić: etapu «{ $stage }» nie ma w mapie; najpierw przyjmij etap.
resolve-already-there = «{ $name }» jest już w mapie.
