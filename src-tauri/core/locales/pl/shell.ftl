### What the desktop shell shows itself: the native menu, questions, file-dialog filters.

dialog-csv = Arkusze CSV
dialog-html = Strony internetowe
dialog-importable = Arkusze i diagramy Mermaid (CSV, TSV, XLSX, XLS, ODS, MMD, MD)
dialog-json = Pliki JSON
dialog-maps = Mapy ścieżek klienta
dialog-md = Dokumenty Markdown
dialog-mmd = Diagramy Mermaid
dialog-pdf = Dokumenty PDF
dialog-pictures = Obrazy z mapą w środku (PNG, SVG)
dialog-png = Obrazy PNG
dialog-svg = Obrazy SVG
dialog-untitled = Mapa podróży klienta
dialog-xlsx = Skoroszyty Excel

compare-never-saved = Ta mapa nie została jeszcze zapisana, więc nie ma zapisanej wersji do porównania. Wybierz inną kopię przez „Porównaj z…”.
compare-saved-version = zapisany plik „{ $name }”

disk-missing = Plik „{ $name }” przeniesiono lub usunięto. Mapa jest nadal otwarta: zapisz ją, aby ponownie utworzyć plik, albo użyj „Zapisz jako”.
disk-unreadable = Plik „{ $name }” zmienił się na dysku, ale nowej wersji nie można otworzyć, więc twoja mapa się nie zmieniła. { $reason }

error-no-map = W tym oknie nie ma otwartej mapy. Najpierw otwórz plik mapy albo przykładową mapę.
error-stopped = Działanie nieoczekiwanie się przerwało; mapa pozostała bez zmian. Spróbuj ponownie.
error-window = Nie udało się otworzyć okna dla mapy: { $reason }

export-running = Eksport tej mapy wciąż trwa. Poczekaj, aż się skończy, albo najpierw go anuluj.
export-stopped = Eksport nieoczekiwanie się przerwał. Spróbuj ponownie.

import-no-file = Nie wybrano pliku do importu: wybierz go przez „Plik → Importuj…”
menu-clear-recent = Wyczyść listę
menu-close = Zamknij okno
menu-compare = Porównaj z…
menu-compare-saved = Porównaj z zapisaną wersją
menu-export = Eksportuj…
menu-import = Importuj…
menu-import-metrics = Importuj wskaźniki…
menu-merge = Scal z inną kopią…
menu-file = Plik
menu-missing = { $name } (brak pliku)
menu-new = Nowa mapa
menu-new-from-template = Nowa z szablonu
menu-new-sample = Nowa z przykładu
menu-no-recent = Brak ostatnich map
menu-open = Otwórz…
menu-open-recent = Ostatnio otwierane
menu-quit = Zakończ
menu-remove-missing = Usuń brakujące pliki
menu-save = Zapisz
menu-save-as = Zapisz jako…

metrics-import-nothing = Arkusz nie zawiera wartości do importu: sprawdź, czy kolumny noszą nazwy wskaźników mapy.
unsaved-cancel = Anuluj
unsaved-discard = Nie zapisuj
unsaved-message = Zapisać zmiany w „{ $name }” przed zamknięciem? Jeśli nie, przepadną.
unsaved-save = Zapisz
unsaved-title = Niezapisane zmiany
