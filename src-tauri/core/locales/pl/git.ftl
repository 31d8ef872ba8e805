### Maps in git: journey-mapper git-setup and the outline git shows for a map (textconv).
### Titles and names are the map's own; $file, $dir, $key and $value are as git has them.

# The outline: one line per thing, so that a line diff of two outlines reads as the map's changes.
git-outline-map = Mapa «{ $title }»
# A format version other than the one this build writes.
git-outline-version = Wersja formatu { $version }
git-outline-persona = Persona «{ $name }»
# After a persona: its goals, already quoted and joined.
git-outline-persona-goals = cele: { $goals }
git-outline-customer-goal = Cel klienta «{ $text }»
git-outline-business-goal = Cel biznesowy «{ $text }»
# $sentence is one conflict a merge recorded in the map, as the merge says it.
git-outline-conflict = Konflikt: { $sentence }
# $number counts from 1.
git-outline-lane = Tor { $number } «{ $name }»
git-outline-stage = Etap { $number } «{ $name }»
# The lane the cards below it are in, inside a stage.
git-outline-cell-lane = Tor «{ $name }»
git-outline-no-lane = Poza torami mapy
git-outline-no-stage = Poza etapami mapy

# What git-setup did, one line each.
git-setup-attributes-added = { $file }: dodano wiersz «{ $line }»
git-setup-attributes-kept = .gitattributes: już obowiązuje «{ $attributes }»
git-setup-config-set = git config: { $key } = «{ $value }»
git-setup-config-changed = git config: { $key } było «{ $from }», jest «{ $to }»
git-setup-config-kept = git config: { $key } już ma wartość «{ $value }»
git-setup-done = Od teraz git scala mapy (*.journey.json) w { $dir } za pomocą Journey Mapper i pokazuje ich zmiany jako zarys mapy
git-setup-unchanged = Nic się nie zmieniło: Journey Mapper był już skonfigurowany dla map w { $dir }
# Why git-setup could not do its work.
git-error-no-git = journey-mapper: nie udało się uruchomić gita ({ $reason }); zainstaluj git i spróbuj ponownie
git-error-not-a-work-tree = journey-mapper: { $dir } nie leży w kopii roboczej gita; uruchom git-setup w folderze repozytorium (tworzy je git init). Komunikat gita: { $said }
git-error-failed = journey-mapper: polecenie «git { $args }» zakończyło się błędem: { $said }
git-error-read-attributes = journey-mapper: nie można odczytać { $file }: { $reason }
