"""How a story says its numbness passed: the words a self-care story ends on.

"It went away", "back to normal after a minute", "shook it out and fine", "stood up, stamped a
bit, fine": the guide's temporary numbness "typically resolves within minutes of changing
position". Used by bot.stories.cues, after the words that say it still stays are taken out.
Pure.
"""

from __future__ import annotations

import re

_SOON = r"(?:mins?|minutes?|minits?|minuts?|minuets?|secs?|seconds?|moments?)"
# Numbness a movement brings on, not one it ends: "both my heels feel numb when I stand". Taken
# out with the words that deny passing (bot.stories.cues.NOT_PASSING) before PASSED is looked for.
BROUGHT_ON = (
    r"\b(?:numb|tingly|tingling|asleep|dead|heavy|pins and needles)(?: (?!and\b)\w+)? (?:when|"
    r"whenever|once|as soon as|every time) (?:i|we|he|she|they) (?:stand|stood|get up|got up|"
    r"walk|walked)\w*"
)
PASSED = re.compile(
    r"\b(?:went away|goes away|go away|gone (?:now|again|away|after|in|within|once|by the time|"
    r"by then|quickly|quick|fast|soon|straight away|right away)|passed|"
    # "carried on 2 mins later", "it returned quick"
    r"carried on (?:\d+|a few|a couple of|two|five) (?:mins?|minutes?) later|(?:it|they) "
    r"(?:returned|came back) (?:quick|quickly|fast|soon|straight away|right away)|"
    r"passes|faded(?! in)|fades(?! in)|(?:came|come|comes|coming) (?:right |straight |slowly |"
    r"quickly )?back|"
    r"back to normal|normal again|back in (?:a|\d+|a few|a couple of)|"
    r"(?:fine|ok|okay|alright|normal|better|good) (?:now|again|after|in|within|once|when|very|"
    r"quick|quickly|soon|straight|right away|by)|"
    r"(?:feeling|sensation) (?:was|is|came|had come) back|(?:came|come|comes) right|"
    rf"(?:fine|ok|okay|normal|better) (?:a |\d+ |a few |a couple of |few |couple |two |three )?"
    rf"{_SOON} later|"
    # Not gone on further: "now it's gone past my ankles".
    r"(?:thats|its|that'?s|it'?s) (?:all )?(?:gone(?! (?:past|up|into|to|over|beyond|further|"
    r"higher|down|numb|dead|all the way|from)\b)|fine|ok|okay|normal|better)|"
    r"(?:to )?get (?:them|it) back|(?:got|get|getting) (?:the )?feeling back|"
    r"(?:it|that|they|everything|they'?re|theyre)(?: is| was|'s| were| felt| feels| had| are)? "
    r"(?:totally |totaly |completely |perfectly |all |pretty much |mostly |basically |almost |"
    r"nearly )?(?:fine|ok|okay|normal|gone(?! (?:past|up|into|to|over|beyond|further|higher|down|"
    r"numb|dead|all the way|from)\b)|better|all gone)|"
    # "five minutes later she was running about"
    rf"{_SOON} later (?:he|she|i|we|they|it)(?: was| were|'s|'re)? (?:running|walking|playing|"
    r"dancing|skipping|jumping|back)|"
    r"(?:it|they|the numbness|the tingling|the feeling|numbness|numb|tingling) (?:pass|go away|"
    r"finish|finished|go)\b"
    r"(?! (?:when|if|numb|dead|to|on|up|down|into|back|all|weird|funny))|"
    r"(?:came|come|comes) (?:back )?(?:round|around|normal)\b|"
    r"(?:and|,) now (?:is |it'?s |it is |they are |im |i am |they re )?(?:totally |completely |"
    r"perfectly |all |fully )?(?:ok|okay|fine|normal|better|good)\b"
    r"(?! (?:until|till|before|but|except))|"
    r"(?<!be )(?<!not )(?<!nt )(?<!n't )going away|(?:in|after|within) (?:a |one |\d+ |few |a few |"
    r"some |one or two |two or three |\d+ or \d+ )?(?:minute|minutes|min|mins) (?:is |it'?s |"
    r"it is |all |they are )?(?:okay|ok|fine|"
    r"normal|better|good)\b|"
    r"(?:says?|said) (?:it'?s |it is |"
    r"its )?better now|"
    r"wore off|wears off|worn off|walked it off|shook it off|resolv\w*|did the trick|"
    r"(?:skated|ran|danced|stamped|stomped|jogged|cycled) it off|right as rain|good as new|"
    rf"{_SOON} and (?:it'?s |it is )?(?:finish\w*|gone|over)\b|"
    r"(?:sorted|fixed|cured|solved) (?:it|that|him|her|me|them)(?: out| right up)?|"
    r"then (?:totally |totaly |completely |all )?(?:normal|fine|ok|okay|better)\b"
    r"(?! (?:until|till|before))|"
    rf"{_SOON} (?:later )?(?:totally |totaly |completely |all )?(?:fine|ok|okay|normal|better)\b"
    r"(?! (?:until|till|before))|"
    # "2 min of walking and he was fine": the teller well again, not well until something, nor
    # well before it ("she was fine all morning, then after lunch her leg went numb")
    r"(?:he|she|i|we|they) (?:was|were|felt)(?: totally| completely| perfectly| all)? (?:fine|ok|"
    r"okay|alright|normal|better)\b(?! (?:until|till|before|up until|yesterday|last|this|for|"
    r"when|til|all (?:morning|day|afternoon|evening|week|weekend|along)|earlier|at (?:breakfast|"
    r"lunch|dinner|work|school))\b)|"
    r"settl\w*|(?:it|that|which)(?: is| was)? (?:clears|cleared|finish\w*)|disappear\w*|"
    r"(?:took|take|takes|taking|kicked) (?:them|'?em|it|those|my \w+) off|"
    r"(?:off|around|about|up|walked|moved|stood|stomped|shook it)[,.]? (?:fine|ok|okay|better|"
    r"normal)|"
    # "numbness gone before bus come", "after I walked small it stopped"
    r"gone before|(?:it|they|the numbness|the tingling|numbness|tingling) stopped\b(?! (?:me|him|"
    r"her|them|\w+ing)\b)|"
    # "wiggled it n fine", "stand and walk, finished", "after few minutes feeling back"
    r"(?:wiggled|wiggle|shook|shake|moved|move|walked|walk|stood|stand|stamped)(?: it| them| up| "
    r"around| about)?(?:,? and|,? n|,) (?:its |it was |all |is )?(?:fine|ok|okay|normal|good|gone|"
    r"finished)\b|(?:feeling|sensation) back\b(?! (?:pain|ache))|"
    r"(?:stops?|stopped|eases?|eased|goes|went) (?:when|once|after|as soon|quickly|straight|in|"
    r"within)|"
    rf"within (?:approximately |about |around |roughly )?(?:a |an |\d+ |a few |a couple of |few |"
    rf"couple |two |three |five |ten )?{_SOON}|"
    rf"(?:after|in) (?:a |\d+ |a few |a couple of |few |couple |some |two |three |five )?{_SOON}|"
    r"(?:when|once|after|as soon as|until|till) (?:i|we|he|she|they) (?:stand|stood|get up|"
    r"got up|move|moved|walk|walked|shake|shook|stretch|stretched|change|changed|take|took|"
    r"uncross|loosen|loosened|wiggle|wiggled)\w*"
    # Not where standing is when the leg fails: "when he stand up the leg give way totally".
    r"(?![^.,;!?]{0,30}\b(?:give|gives|gave|giving|weak|weaker|cant|cannot|couldnt|collaps\w*|"
    r"falls|fell|buckl\w*|worse|still|numb|dead|tingly|tingling|asleep)\b)|"
    # Numbness told in the past as lasting minutes: "couldn't feel it for a couple of minutes".
    r"(?:was|were|went|felt|stayed|couldn'?t feel (?:it|them|my \w+)|could not feel (?:it|them|"
    r"my \w+))(?: \w+)? for (?:a |a few |a couple of |couple of |few |one |two |three |\d+ )?"
    rf"{_SOON}|"
    # The leg waking up, not its owner: "it woke up after a minute", never "since I woke up".
    r"(?<!\bi )(?<!\bhe )(?<!\bshe )(?<!\bwe )(?<!\bthey )(?<!\byou )(?<!\bim )(?<!\bive )"
    r"(?:wakes? (?:back )?up|woke (?:back )?up)|all good|sorted|(?:it'?s|its|all) fine now|"
    r"now (?:he|she|i|we|it|they)(?:'s|'m|'re| is| am| are)? (?:totally |completely )?(?:fine|ok|"
    r"okay|normal|better|alright)|"
    # "shook it out and fine", "stood up, stomped a bit, gone".
    r"(?:stood up|got up|walked around|walk around|stomped|stamped|shook (?:it|them) out|"
    r"moved around)\b[^.?!]{0,25}?,? (?:and )?(?:its |it was |all )?(?:gone|fine|ok|okay|"
    r"normal)(?=[.!]*$)|(?:shook (?:it|them) out|stomped it out) (?:and )?(?:its |it was |all )?"
    r"(?:gone|fine|ok|okay|normal)|"
    # "stamped about for a minute and they were back", "feeling returned by the next run", "two
    # minutes of wiggling, totally normal", "fine shortly after".
    r"(?:they|legs|feet|feeling|sensation) (?:were|was) back|(?:feeling|sensation) (?:returned|"
    r"came back)|"
    rf"{_SOON} of \w+ing(?: \w+)?,? (?:and )?(?:it was |they were |all |it'?s )?(?:totally |"
    r"completely )?(?:fine|normal|ok|okay|better|gone)|(?:fine|ok|okay|normal|better) (?:shortly|"
    r"soon|right|straight|quickly) after|"
    # "ran around for a minute and forgot all about it", "undid the belt, walked to the car, it
    # went.", "stamped it a few times and it was back".
    r"(?:could|can) feel (?:it|them|my \w+) (?:properly |normally |fine )?again|(?:it|they) "
    r"(?:was|were|is|are) (?:right|all right|alright) again|(?:after|with) (?:a )?(?:walk|walking|"
    r"moving|stretching)\w* (?:\d+|a few|few|two|some) (?:minutes?|mins?) (?:is |its |it'?s |was )?"
    r"(?:ok|okay|fine|normal|better|gone)|(?:feeling|sensation) (?:was|is|came) (?:completely |"
    r"totally |fully |all )back|forgot (?:all )?about it|"
    r"(?:fine|ok|okay|normal|better) (?:a |\d+ |a few |a couple of |few |couple |two |three )?"
    r"(?:minutes?|mins?) after|"
    r"(?:feet|legs|toes|foot|leg)(?:'s)? (?:\w+ )?(?:woke|wake|waking) (?:back )?up|"
    r"(?:they|it) woke (?:back )?up (?:pretty |really |very |quite )?(?:fast|quickly|soon|"
    r"straight away|right away|in|once (?:i|id|we|he|she|hed|shed)\b)|"
    r"(?:it|they|that|the numbness|the tingling) (?:all |just )?went"
    r"(?=\s*(?:[.!]|$))|(?:stamp|stomp|wiggl|shak|shook|walk|mov|uncross|jiggl|rubb)\w* "
    r"[^.?!]{0,30}?\band (?:it|they)(?:'s| was| were| is| are) back\b(?! (?:again|to))|"
    r"(?:gone|fine|normal|ok|okay|better|back|passed)(?: \w+)? (?:after|with|once) (?:a |some |"
    r"a little |a quick |a short |a bit of )?(?:walk|stroll|wander|stretch|shake|stamp|wiggle|"
    r"move|jiggle)|"
    # "they became fine", "everything returned to normal", "the feeling had completely returned",
    # "felt like mine again", "walk around for two minutes it goes.", "after 1-2 minutes is good".
    r"(?:became|become|becomes|got|gets) (?:totally |completely |all |fully )?(?:fine|normal|ok|"
    r"okay|good)(?! (?:until|till|before|but))|returned to normal|(?:it|they) (?:was|were|is|"
    r"are) (?:totally |completely |fully |all )back\b(?! (?:again|to|pain|numb))|eas(?:ed|es|ing) "
    r"off|(?:feeling|sensation) (?:had |"
    r"has )?(?:completely |fully |totally )?returned|felt like (?:mine|his|hers|my own|normal) "
    r"again|(?:it|they|the numbness|numbness|the tingling|tingling) (?:goes|go)"
    r"(?=\s*(?:[.!?,;]|$))|"
    rf"{_SOON} later,? (?:all |everything |it |they |he |she |i )?(?:was |were |is |felt |feels )?"
    r"(?:well|fine|ok|okay|normal|good|better)\b(?! (?:until|till|before|but)\b)|"
    rf"(?:in|after|within) \d+ ?(?:-|to|or) ?\d+ {_SOON} (?:is |it'?s |it is |they are |all )?"
    r"(?:fine|ok|okay|normal|better|good|gone))\b"
)
