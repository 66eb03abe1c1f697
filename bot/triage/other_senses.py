"""A sign's words in the sense a song, a cramped seat or a request about wording gives them:
folds run after bot.triage.mentions (the end of its MENTIONS, after sport_senses.py), on the
lowercased text without apostrophes.

"The new song has me slurring the chorus on purpose" is sung; "knees in my chest for 6 hrs" in
economy is a position; "could you tell me what to put on it, in plain words" asks for wording; a
storm will "paralyse the city", a chess king gets "paralysed in the corner" and knitted stitches
are "too tight". None is anyone's speech, chest, legs or cast. Each fold takes only its own
phrase: "he is slurring his words", "my knees hurt and my chest is tight" and "she can't find
the words" are read as before. Probes and guards in tests/unit/test_worries_senses_and_passing.py.
"""

from __future__ import annotations

OTHER_SENSES: tuple[tuple[str, str], ...] = (
    (
        r"\bslurr?(?:ing|ed|s)? (?:the |my |our |their |his |her |a |every |each )?(?:\w+ )?"
        r"(?:chorus|verses?|lyrics?|lines? of the song|vocals?|notes?|bridge|hook|bars|rap|high "
        r"notes?)\b",
        "singing the song",
    ),
    (
        r"\b(knees?) (?:pulled |tucked |drawn |squashed |jammed |pressed |right |up )*(?:in|into|"
        r"to|against|up to|under) (?:my|his|her|their|your|our) chests?\b",
        r"\1 up",
    ),
    (
        r"\b(?:in|into|with|using) (?:plain|simple|easy|clear|few|other|my own|your own|their own|"
        r"laymans|layman|everyday|short|basic) (?:words|terms|english|language)\b",
        "simply",
    ),
    # Knitting that is too tight: "my knitting has a tension problem and the stitches are too
    # tight". Never stitches in a wound: the craft is named before them.
    (
        r"\b(knit\w*|crochet\w*|yarn|wool|purl\w*)\b([^.!?]{0,80}?)\b(?:the )?(?:stitch|stitches|"
        r"tension|rows?|gauge) (?:are |is |was |were |came out |come out )?(?:too |so |really |"
        r"very )?tight\b",
        r"\1\2knitting",
    ),
    # A storm that will paralyse the city, a king paralysed in the corner: no one's legs.
    (
        r"\bparaly[sz](?:e|es|ed|ing)\b (?:the |our |my |a |whole |entire )*(?:city|town|traffic|"
        r"roads?|country|network|economy|system|trains?|railways?|airport|schools?|transport|"
        r"region|capital|nation|market|grid|internet)\b",
        "shut down",
    ),
    (
        r"\b(king|queen|rook|bishop|knight|pawns?|pieces?|army|defen[cs]e|midfield|economy|"
        r"market|government|traffic) (?:got |gets |is |was |were |are |been |left |became )?"
        r"(?:completely |totally |fully )?paraly[sz]ed\b",
        r"\1 stuck",
    ),
)
