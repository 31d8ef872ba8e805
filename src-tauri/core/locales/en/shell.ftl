### What the desktop shell shows itself: the native menu, questions, file-dialog filters.

dialog-csv = CSV spreadsheets
dialog-html = Web pages
dialog-importable = Sheets and Mermaid journeys (CSV, TSV, XLSX, XLS, ODS, MMD, MD)
dialog-json = JSON files
dialog-maps = Journey maps
dialog-md = Markdown documents
dialog-mmd = Mermaid diagrams
dialog-pdf = PDF documents
dialog-pictures = Pictures exported with a map (PNG, SVG)
dialog-png = PNG images
dialog-svg = SVG images
dialog-untitled = Journey map
dialog-xlsx = Excel workbooks

compare-never-saved = This map has not been saved yet, so there is no saved version to compare it with. Use Compare With… to pick another copy.
compare-saved-version = the saved “{ $name }”

disk-missing = “{ $name }” was moved or deleted. Your map is still open: save it to write the file again, or use Save As.
disk-unreadable = “{ $name }” was changed on disk, but the new version cannot be opened, so your map is unchanged. { $reason }

error-no-map = No map is open in this window. Open a map file or the sample map first.
error-stopped = The action stopped unexpectedly; your map is as it was. Try again.
error-window = Could not open a window for the map: { $reason }

export-running = An export of this map is still running. Wait for it to finish, or cancel it first.
export-stopped = The export stopped unexpectedly. Try again.

import-no-file = No file is chosen to import: choose one with File → Import…
menu-clear-recent = Clear List
menu-close = Close Window
menu-compare = Compare With…
menu-compare-saved = Compare with Saved Version
menu-export = Export…
menu-import = Import…
menu-import-metrics = Import Metrics…
menu-merge = Merge Another Copy…
menu-file = File
menu-missing = { $name } (missing)
menu-new = New Map
menu-new-from-template = New from Template
menu-new-sample = New from Sample
menu-no-recent = No Recent Maps
menu-open = Open…
menu-open-recent = Open Recent
menu-quit = Quit
menu-remove-missing = Remove Missing Files
menu-save = Save
menu-save-as = Save As…

metrics-import-nothing = The sheet holds no value to import: check that its columns are named after the map’s metrics.
unsaved-cancel = Cancel
unsaved-discard = Don't Save
unsaved-message = Save the changes to “{ $name }” before closing? If you don't, they are lost.
unsaved-save = Save
unsaved-title = Unsaved changes
