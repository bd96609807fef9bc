# The session: where work came from, notices about files and merges, autosave.

origin-sample = built-in sample (fictional models)
origin-file = { $name }
origin-pasted = pasted answers ({ $model })
origin-saved = work saved in this browser

notice-not-loaded = { $origin } could not be loaded; nothing already loaded changed:
notice-more-problems = … and { $count ->
    [one] 1 more problem
   *[other] { $count } more problems
}
notice-suite-loaded = Loaded suite { $name } ({ $items ->
    [one] 1 item
   *[other] { $items } items
}). Add models' answers next.
notice-scorebook-opened = Opened scorebook { $name }.
notice-answers-added = Added answers of { $count ->
    [one] 1 model
   *[other] { $count } models
} from { $origin }: { $models }.
notice-merged = Merged { $name }: { $counts }.
notice-merge-conflict = Conflict ({ $kind }) { $key }: kept { $kept }, ignored { $ignored }
notice-restored = Restored the work saved in this browser ({ $count ->
    [one] 1 rating or vote
   *[other] { $count } ratings and votes
}).
notice-restored-late = The work saved in this browser arrived after you had started. Both are kept: export what is on screen now, then reload the page to get the saved work back.
notice-other-tab = Pingfen is open in another tab of this browser, and that tab saves your work. This tab does not save, so the two cannot overwrite each other: work in the other tab, or close it and reload this one.
notice-autosave-failed = Could not autosave in this browser (storage full or blocked). Export the scorebook so no rating is lost.
notice-unrestorable = The work saved in this browser could not be restored. It is kept, untouched: download it below (This browser) and send it to whoever runs the workshop.
notice-autosave-blocked = It could not be kept aside either ({ $detail }), so autosave is off until the page is reloaded: export your work now.
notice-export-failed = { $what }: the file could not be created; nothing was downloaded. Try again, or export another format.
notice-local-data-cleared = Everything saved in this browser was deleted. The sample is loaded.

problem-merge-not-a-scorebook = is not a scorebook: only scorebooks (rater files) can be merged; open suites and answers with "Open files…"
problem-merge-different-suite = scores suite "{ $incoming }", but the loaded session scores "{ $loaded }" (or another version of it): merge files made from the same suite
problem-file-unreadable = the browser could not read this file ({ $detail }); pick it again

autosave-not-json = the saved text is not complete JSON ({ $detail }); it may have been cut off while writing
autosave-damaged = the saved session does not have the expected shape ({ $detail })
autosave-newer = it was saved by a newer Pingfen ({ $schema }); open this page's newest version, or download the save
autosave-invalid = the saved session does not check out ({ $count ->
    [one] 1 problem
   *[other] { $count } problems
}; first: { $first })

save-restoring = restoring…
save-ready = autosave on
save-just-now = saved · just now
save-seconds-ago = saved · { $seconds } s ago
save-minutes-ago = saved · { $minutes } min ago
save-hours-ago = saved · { $hours } h ago
save-timed-out = This browser's storage did not answer, so autosave is off for this visit (nothing saved earlier is overwritten). Export your work to keep it.
save-failed = not saved: export your work
save-blocked = autosave off: see the notice

confirm-replace = This replaces the loaded session and { $count ->
    [one] its rating or vote
   *[other] its { $count } ratings and votes
}. Export the scorebook first to keep { $count ->
    [one] it
   *[other] them
}. Continue?

storage-title = This browser
storage-explain = Your work is saved here as you go (IndexedDB): a reload or a closed tab loses nothing. Nothing leaves this computer.
storage-kept-aside = Saves that could not be restored, kept untouched:
storage-download = Download
storage-delete = Delete
storage-delete-confirm = Delete this kept save from this browser? It cannot be recovered unless you downloaded it.
storage-clear = Clear all local data
storage-clear-confirm = Delete everything Pingfen saved in this browser — the session { $count ->
    [0] on screen
    [one] with its rating or vote
   *[other] with its { $count } ratings and votes
}, any kept or unread saves, your name and settings? Export first to keep them.
storage-clear-failed = Could not delete the local data ({ $detail }).
storage-download-failed = Could not read the kept save ({ $detail }).

export-chart = Chart download

conflict-kind-answer = answer
conflict-kind-comment = comment
conflict-kind-rater = rater
conflict-kind-rating = rating
conflict-kind-vote = vote
conflict-seed = seed { $seed }
conflict-outcome-a = A better
conflict-outcome-b = B better
conflict-outcome-tie = tie
conflict-outcome-both-bad = both bad
export-needs-scores = the scores are not ready yet (the Chinese dictionary is still loading or failed to load); the scorebook and the rater file can be exported now
merge-counts = { $ratings ->
    [one] 1 rating
   *[other] { $ratings } ratings
}, { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}, { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
}{ $overrides ->
    [0] {""}
    [one] , 1 override
   *[other] , { $overrides } overrides
} added; { $duplicates ->
    [one] 1 duplicate
   *[other] { $duplicates } duplicates
} skipped; { $conflicts ->
    [one] 1 conflict (the loaded value was kept)
   *[other] { $conflicts } conflicts (the loaded values were kept)
}
conflict-kind-override = override
notice-scoring-cancelled = Scoring was stopped. The leaderboard still shows the scores from before your last change; press “Score again” when you are ready.
crash-title = Pingfen hit a bug
crash-saved = Your work is saved in this browser: reload to carry on where you were. If it happens again, download your session first and open it after reloading.
crash-reload = Reload
crash-download = Download your session
crash-detail = What went wrong (for a bug report)
crash-report = Pingfen { $version }. Nothing was sent anywhere: to report it, copy the text below.
notice-read-as = { $name } was read as { $encoding } (guessed from its bytes: it is not UTF-8). If names look garbled, save it as UTF-8 (in Excel: Save As → "CSV UTF-8") and open it again.
notice-foreign-placed = Read { $name } as { $tool }'s answers: { $by_id } placed by item id, { $by_prompt } by prompt text{ $unplaced ->
    [0] .
    [one] ; 1 left out (below).
   *[other] ; { $unplaced } left out (below).
}
notice-foreign-unplaced = Entry { $at } (“{ $prompt }…”) asks nothing the suite has: add the item to the suite, or draft a suite from the file (pingfen draft-suite)
notice-foreign-again = Entry { $at } (“{ $prompt }…”) answers { $item } again for the same model: the first answer is kept
notice-foreign-model-named = The file does not name its model: its answers are listed as “{ $model }”, the file's name (or its folder's). Rename the file to the model's name and add it again to change that.
notice-draft-suite = Draft a suite from its questions
notice-suite-drafted = Drafted a suite of { $items } items from { $name } ({ $tool }) and opened it with the file's answers. Check its items (the Items tab) before you rely on the scores.
notice-judge-added = Added { $count ->
    [one] the model judge
   *[other] the model judges
} { $judges } from { $name }: { $ratings } scores and { $verdicts } verdicts. They are set beside people's on the Raters screen and change none of people's numbers.
