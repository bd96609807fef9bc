# Share links and QR codes: the share dialog, the present view, links opened and merged.

# What a link is called where a file name would stand ("Shared link: is damaged …").
link-name = Shared link
# Rater links pasted together are told apart by number.
link-name-numbered = Shared link { $number }
origin-link = shared link
notice-link-suite = Opened the shared suite “{ $title }” ({ $items ->
    [one] 1 item
   *[other] { $items } items
}): paste or open answers to score them.
notice-link-scorebook = Opened the shared scorebook “{ $title }”: { $items ->
    [one] 1 item
   *[other] { $items } items
}, { $models ->
    [one] 1 model
   *[other] { $models } models
}; its scores are computed on this device.
notice-link-declined = The shared link was not opened: your session and its ratings are as they were.
share-needs-rater = sign in as a rater on the Rate screen first: a rater link carries one rater's work
share-title-suite = Share the suite by link
share-title-book = Share the scorebook by link
share-title-rater = Share your ratings by link
share-what-suite = Whoever opens the link gets this suite's items, without answers or ratings: participants paste their answers and rate.
share-what-book = Whoever opens the link gets everything: the suite, the answers, everyone's ratings and votes. The scores are computed again on their device.
share-what-rater = Send this link to the organiser: opening it merges your ratings and votes into their session (they need the same suite loaded).
share-private = Nothing is uploaded: the data travels inside the link, after the “#”, which browsers never send to any server.
share-making = Making the link…
share-failed = The link could not be made ({ $detail }). Download the file instead.
share-link-label = The link
share-size-short = { $chars } characters: fits a message in any chat app.
share-size-long = { $chars } characters: long. Telegram (4,096) and Discord (2,000) cut messages this long; WhatsApp, e-mail and browsers keep it whole. If it arrives cut, Pingfen says so: then send the file.
share-size-too-long = { $chars } characters: too long for a link (chat apps cut messages past about { $limit }). Send the file instead.
share-copy = Copy link
share-copied = Copied. Paste it into a chat or an e-mail.
share-copy-failed = This browser did not allow copying: select the link above and copy it (Ctrl+C, or long-press on a phone).
share-native = Share…
share-file = Download the file instead
share-present = Present QR code
share-close = Close
share-qr-alt = QR code of the link
share-no-qr = Too long for a QR code (a QR code holds at most { $limit } characters): send the link instead.
share-present-items = { $items ->
    [one] 1 item
   *[other] { $items } items
}
share-present-how = Scan with a phone's camera to open this suite in Pingfen. Nothing is uploaded.
share-present-close = Close
share-suite-button = Share suite link
share-book-button = Share scorebook link
share-rater-button = Share my ratings (link)
raters-links-title = Merge rater links
raters-links-intro = Paste the links participants sent you, one per line or all at once: they merge in the order pasted.
raters-links-label = Rater links
raters-links-button = Merge links
link-opening = Opening the shared link…
notice-link-results = Opened the shared results of “{ $title }”: { $items ->
    [one] 1 item
   *[other] { $items } items
}, { $models ->
    [one] 1 model
   *[other] { $models } models
}, with the scores as they were shared (the answers' text was left out of the link).
notice-answers-withheld = This needs the answers' text, which these results came without: nothing was changed. To rate, add answers or rescore, open the whole scorebook (its file, or its full link).
withheld-banner = Results without the answers' text: the same leaderboards and item scores as shared; nothing here can be rated or rescored.
rate-withheld = These results came without the answers' text, so there is nothing to read and rate here. Ask the organiser for the whole scorebook, or for the suite link to rate your own answers.
items-answer-withheld = The answer's text was left out of the shared results.
share-title-results = Share the results by link
share-what-results = Whoever opens the link gets the suite, the leaderboards and every item's score, with people's ratings and votes, but not the answers' text: they can read the results, not rate or rescore them.
share-lighter-title = A smaller link, without the answers' text
share-lighter-what = The same leaderboards and item scores, with the suite and people's ratings; the answers themselves stay out, so whoever opens it reads the results but cannot rate or rescore them.
share-lighter-copy = Copy smaller link
share-needs-scores = the scores are still being computed: share the results once they show
