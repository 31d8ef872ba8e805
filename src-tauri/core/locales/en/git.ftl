### Maps in git: journey-mapper git-setup and the outline git shows for a map (textconv).
### Titles and names are the map's own; $file, $dir, $key and $value are as git has them.

# The outline: one line per thing, so that a line diff of two outlines reads as the map's changes.
git-outline-map = Map «{ $title }»
# A format version other than the one this build writes.
git-outline-version = Format version { $version }
git-outline-persona = Persona «{ $name }»
# After a persona: its goals, already quoted and joined.
git-outline-persona-goals = goals: { $goals }
git-outline-customer-goal = Customer goal «{ $text }»
git-outline-business-goal = Business goal «{ $text }»
# $sentence is one conflict a merge recorded in the map, as the merge says it.
git-outline-conflict = Conflict: { $sentence }
# $number counts from 1.
git-outline-lane = Lane { $number } «{ $name }»
git-outline-stage = Stage { $number } «{ $name }»
# The lane the cards below it are in, inside a stage.
git-outline-cell-lane = Lane «{ $name }»
git-outline-no-lane = In no lane of the map
git-outline-no-stage = In no stage of the map

# What git-setup did, one line each.
git-setup-attributes-added = { $file }: added «{ $line }»
git-setup-attributes-kept = .gitattributes: already in effect: «{ $attributes }»
git-setup-config-set = git config: set { $key } to «{ $value }»
git-setup-config-changed = git config: changed { $key } from «{ $from }» to «{ $to }»
git-setup-config-kept = git config: { $key } is already «{ $value }»
git-setup-done = git now merges the maps (*.journey.json) of { $dir } with Journey Mapper and shows their changes as outlines
git-setup-unchanged = Nothing changed: Journey Mapper was already set up for the maps of { $dir }
# Why git-setup could not do its work.
git-error-no-git = journey-mapper: git could not be run ({ $reason }); install git and try again
git-error-not-a-work-tree = journey-mapper: { $dir } is not in a git work tree; run git-setup in a folder of a repository (git init makes one). Git says: { $said }
git-error-failed = journey-mapper: «git { $args }» failed: { $said }
git-error-read-attributes = journey-mapper: { $file } cannot be read: { $reason }
