"""A sentence that only goes on telling a history the sentence before it dated.

"My brother had a clot after his knee op two years ago. He said his calf was swollen and sore."
The second sentence tells the same old event: it has no date of its own, so the lexicon would
read its signs as live. It continues the history when the sentence before it ended in history,
and it is told in the past with nothing of now in it: no present-tense verb, no "now", "today",
"again", "still", "just", no hours or minutes, no meal or part of a day. Any of those keeps it
live ("Dad had a stroke in 2018. This morning his face drooped again."). A history is still
asked about, never dropped (detect.py hedges it), so a wrong guess here asks instead of alarming.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

# Verbs of the past that tell an event, and the endings of regular ones ("drooped", "swelled").
_PAST_WORDS = (
    "was were had did went got said told became felt came ended woke gave took lost fell "
    "couldnt wouldnt didnt wasnt werent hadnt hurt broke broken hit cut struck threw split bled"
)
# Anything of now: the present tense, or a time that may be today.
_NOW_WORDS = (
    "is are am isnt arent aint has have hasnt havent does do doesnt dont can cant cannot cantfeel "
    "will wont keeps keep feels feel looks look seems seem getting going im hes shes its theres "
    "now today tonight this earlier just again still currently suddenly sudden minutes "
    "minute mins min hours hour hrs hr yesterday lunch lunchtime breakfast dinner tea supper "
    "morning afternoon evening night since ago right week weekend day"
)
PAST = frozenset(_PAST_WORDS.split())
NOW = frozenset(_NOW_WORDS.split())


def continues_history(words: Sequence[str], after_history: bool) -> bool:
    """Whether a sentence, as its normalised words, only goes on with the history before it."""
    if not after_history or any(w in NOW for w in words):
        return False
    if words and words[0] == "with":
        return True  # no verb of its own: "Bell's palsy two years ago, with a drooping face"
    return any(w in PAST or (len(w) > 4 and w.endswith("ed")) for w in words)
