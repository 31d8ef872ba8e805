### The conflicts of a three-way merge, one sentence each (journey-mapper merge).
### "Here" is our copy (OURS), "the other copy" is theirs; our value is the one kept.
### Titles and names are the maps' own; $field, $ours, $theirs and $place come already worded.

# What a conflict is about, at the start of its sentence.
merge-what-map = The map
merge-what-stage = Stage «{ $name }»
merge-what-lane = Lane «{ $name }»
merge-what-card = «{ $name }»
merge-field = { $what }: { $field } set to { $ours } here and to { $theirs } in the other copy; kept { $ours }
merge-removed-here = { $what }: removed here and changed in the other copy; kept removed
merge-removed-there = { $what }: changed here and removed in the other copy; kept
merge-moved = { $what }: moved to { $ours } here and to { $theirs } in the other copy; kept { $ours }
merge-cell-removed-kept = { $what }: put by the other copy into a stage or lane removed here; placed in { $place }
merge-cell-removed-left-out = { $what }: added by the other copy to a stage removed here; left out
merge-id-clash = { $what }: its id { $id } is a stage's id too; left out
# Places in a moved conflict; $index counts from 1.
merge-place-card = { $place }, place { $index }
merge-place-column = column { $index }
merge-place-row = row { $index }
# Before the conflicts on the command line; $file is the merged map written.
merge-heading = { $count ->
        [one] { $count } conflict; our value is kept in { $file } and the conflict recorded there:
       *[other] { $count } conflicts; our values are kept in { $file } and the conflicts recorded there:
    }
merge-out-is-input = journey-mapper: the merged map would overwrite { $file }, one of the copies being merged; give another OUT (only OURS may be overwritten)
# A merge without a common version: every difference is a choice.
merge-only-ours = { $what }: only in this copy; kept
merge-only-theirs = { $what }: only in the other copy; not taken yet
# What one side has, on the buttons that choose between them.
merge-side-present = On the map
merge-side-absent = Not on the map
merge-side-left-out = Left out
merge-side-first-stage = Add it to the first stage
### Resolving a recorded conflict in the app. $index counts from 1.
resolve-no-such-conflict = There is no conflict { $index } in this map: it records { $count }.
resolve-unreadable = Conflict { $index } is recorded in a form this version cannot read; keep the map's value to dismiss it.
resolve-unreadable-record = A recorded conflict this version cannot read: { $record }
resolve-nothing-to-take = «{ $name }»: the other copy has no value to take here; keep this one, or change it by hand.
resolve-gone = «{ $name }» is no longer in the map, so the other copy's value cannot be put there; keep this one to dismiss the conflict.
resolve-no-stage = «{ $name }» cannot go back: its stage «{ $stage }» is not in the map; take the stage first.
resolve-already-there = «{ $name }» is in the map already.
