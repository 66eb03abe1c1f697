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
    # Nerves, joy and a swimmer's breath, with no numbness told: "in exam I have blank mind,
    # words not come out", "I can't breathe, my sister is getting married!!! so happy", "he
    # holds his breath too long". A sign told with numbness beside it is read as before.
    (
        r"^(?![\s\S]*\b(?:numb\w*|tingl\w*|cantfeel|pins and needles|asleep)\b)([\s\S]*?)"
        r"\b(?:blank mind|mind (?:goes|went|is|was) blank|(?:go|goes|went) blank|freezes? up|froze "
        r"up)\b([^.!?]{0,30}?)"
        r"\bwords? (?:do not|dont|not|wont|will not|didnt|did not|would not|wouldnt|cant|never) "
        r"(?:comeout|come|came)(?: out)?\b",
        r"\1mind goes blank\2",
    ),
    (
        r"^(?![\s\S]*\b(?:numb\w*|tingl\w*|cantfeel|pins and needles|asleep|chest|pain)\b)"
        r"(?=[\s\S]*\b(?:so happy|so excited|getting married|engaged|proposed|pregnant|"
        r"best news|good news|won|winning|laughing|cant stop laughing)\b)([\s\S]*?)\bcant "
        r"(?:breathe|breath)\b",
        r"\1so excited",
    ),
    (r"(?<!cant )\b(?:holds|hold|holding|held) (?:his|her|my|their|your) breath\b", "pauses"),
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
