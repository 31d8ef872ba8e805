### Maps in git: journey-mapper git-setup and the outline git shows for a map (textconv).
### Titles and names are the map's own; $file, $dir, $key and $value are as git has them.

# The outline: one line per thing, so that a line diff of two outlines reads as the map's changes.
git-outline-map = Карта «{ $title }»
# A format version other than the one this build writes.
git-outline-version = Версия формата { $version }
git-outline-persona = Персона «{ $name }»
# After a persona: its goals, already quoted and joined.
git-outline-persona-goals = цели: { $goals }
git-outline-customer-goal = Цель клиента «{ $text }»
git-outline-business-goal = Цель бизнеса «{ $text }»
# $sentence is one conflict a merge recorded in the map, as the merge says it.
git-outline-conflict = Конфликт: { $sentence }
# $number counts from 1.
git-outline-lane = Дорожка { $number } «{ $name }»
git-outline-stage = Этап { $number } «{ $name }»
# The lane the cards below it are in, inside a stage.
git-outline-cell-lane = Дорожка «{ $name }»
git-outline-no-lane = Вне дорожек карты
git-outline-no-stage = Вне этапов карты

# What git-setup did, one line each.
git-setup-attributes-added = { $file }: добавлена строка «{ $line }»
git-setup-attributes-kept = .gitattributes: уже действует «{ $attributes }»
git-setup-config-set = git config: { $key } = «{ $value }»
git-setup-config-changed = git config: { $key } было «{ $from }», стало «{ $to }»
git-setup-config-kept = git config: { $key } уже «{ $value }»
git-setup-done = Теперь git сливает карты (*.journey.json) в { $dir } с помощью Journey Mapper и показывает их изменения в виде структуры карты
git-setup-unchanged = Ничего не изменилось: Journey Mapper уже настроен для карт в { $dir }
# Why git-setup could not do its work.
git-error-no-git = journey-mapper: не удалось запустить git ({ $reason }); установите git и попробуйте снова
git-error-not-a-work-tree = journey-mapper: { $dir } не находится в рабочей копии git; запустите git-setup в папке репозитория (его создаёт git init). Сообщение git: { $said }
git-error-failed = journey-mapper: команда «git { $args }» завершилась с ошибкой: { $said }
git-error-read-attributes = journey-mapper: не удаётся прочитать { $file }: { $reason }
