### What the desktop shell shows itself: the native menu, questions, file-dialog filters.

dialog-csv = Таблицы CSV
dialog-html = Веб-страницы
dialog-importable = Таблицы и диаграммы Mermaid (CSV, TSV, XLSX, XLS, ODS, MMD, MD)
dialog-json = Файлы JSON
dialog-maps = Карты путей клиента
dialog-md = Документы Markdown
dialog-mmd = Диаграммы Mermaid
dialog-pdf = Документы PDF
dialog-pictures = Изображения с картой внутри (PNG, SVG)
dialog-png = Изображения PNG
dialog-svg = Изображения SVG
dialog-untitled = Карта пути клиента
dialog-xlsx = Книги Excel

compare-never-saved = Эта карта ещё не сохранена, поэтому сравнивать её не с чем. Выберите другую копию через «Сравнить с…».
compare-saved-version = сохранённый файл «{ $name }»

disk-missing = Файл «{ $name }» перемещён или удалён. Карта по-прежнему открыта: сохраните её, чтобы записать файл снова, или выберите «Сохранить как».
disk-unreadable = Файл «{ $name }» изменился на диске, но новую версию не удаётся открыть, поэтому ваша карта не изменена. { $reason }

error-no-map = В этом окне не открыта карта. Сначала откройте файл карты или пример.
error-stopped = Действие неожиданно прервалось; карта осталась прежней. Попробуйте ещё раз.
error-window = Не удалось открыть окно для карты: { $reason }

export-running = Экспорт этой карты ещё идёт. Дождитесь его окончания или сначала отмените его.
export-stopped = Экспорт неожиданно прервался. Попробуйте ещё раз.

import-no-file = Файл для импорта не выбран: выберите его через «Файл → Импорт…»
menu-clear-recent = Очистить список
menu-close = Закрыть окно
menu-compare = Сравнить с…
menu-compare-saved = Сравнить с сохранённой версией
menu-export = Экспорт…
menu-import = Импорт…
menu-import-metrics = Импорт метрик…
menu-merge = Объединить с другой копией…
menu-file = Файл
menu-missing = { $name } (нет файла)
menu-new = Новая карта
menu-new-from-template = Создать из шаблона
menu-new-sample = Новая из примера
menu-no-recent = Недавних карт нет
menu-open = Открыть…
menu-open-recent = Недавние карты
menu-quit = Выйти
menu-remove-missing = Убрать отсутствующие файлы
menu-save = Сохранить
menu-save-as = Сохранить как…

metrics-import-nothing = В таблице нет значений для импорта: проверьте, что столбцы названы как метрики карты.
unsaved-cancel = Отмена
unsaved-discard = Не сохранять
unsaved-message = Сохранить изменения в «{ $name }» перед закрытием? Иначе они будут потеряны.
unsaved-save = Сохранить
unsaved-title = Несохранённые изменения
