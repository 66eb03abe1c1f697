"""A condition named, and its signs looked for and told as absent: "I keep panicking that I'm
having a stroke, but my face isn't drooping, my words come out fine and both arms feel normal",
"my calf isn't swollen or hot or red, it doesn't hurt. My sister had a DVT and I keep checking".

The guide's stroke and blood clot are what a person shows: a drooping face, slurred speech,
weakness on one side; a leg swollen and painful. Someone who names the condition and in the same
message tells every such sign they mention as absent or normal (a worried self-check, a
relative's fear, a friend's stroke as the reason for the worry) has told no sign. The screen then
asks the red-flag questions at once, that sign's question first, rather than sending the
emergency instructions: one tap on "yes" still escalates. Only then:
- the lexicon's only clear evidence is the condition's name ("stroke", "having a stroke", "a
  DVT"), no other sign of any kind is told;
- the message tells a worry or a check ("panicking", "scared", "I checked", "keep testing"): a
  bare "no droopy face but I'm having a stroke" still escalates;
- at least one of that condition's features is mentioned, and every mention of any of them is
  denied or said to be fine;
- nothing is told as sudden, and nothing as now ("suddenly", "just now").
"I think I'm having a stroke" with nothing checked still escalates, and so does any feature told
as present beside the denied ones.

The model's half follows for a clot only (`model_only_asks`): a clot named, and its swelling,
pain, warmth, redness and breath all denied, is what a worried traveller or a relative writes;
the model likens the named clot to its exemplars whatever is denied beside it. A stroke is left
to the model: it has everyday words no feature list holds ("she seems drunk"). Pure: reads the
lexicon's marked words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.triage.conditions import CONDITION_NAMES
from bot.triage.denied_numbness import NUMBNESS, injuries_asked
from bot.triage.fell_asleep import fell_asleep_asks
from bot.triage.findings import Finding
from bot.triage.lexicon import NEGATION_VERBAL
from bot.triage.not_medical import not_medical_asks
from bot.triage.reading import ReadSentence, Token
from bot.triage.words import stems

# The lexicon's phrases that name a condition, as against describing a sign of it: the project's
# condition names, and the content's phrases that add a word to one or write one as one word.
NAMES = CONDITION_NAMES | {"having a stroke", "stroke symptoms", "bloodclot"}
# Per sign: what the guide's sign shows, as the lexicon stems the words people use for it.
NAMED: dict[str, frozenset[str]] = {
    "stroke": stems(
        "face facial smile mouth lip lips speech speak speaking spoke talk talking talks word "
        "words slur slurred slurring droop drooping droopy arm arms hand hands side sided eye "
        "eyes vision confused confusion weak weakness paralysed balance dizzy"
    ),
    "blood-clot": stems(
        "swollen swelling swell puffy bigger fat hot warm red redness pain painful hurt hurts "
        "sore tender throbbing ache aching cramp breath breathe breathless chest size tight "
        "hard heavy killing agony"
    ),
}
# Said of a feature after it, as "fine" is: "smile even", "face looks the same".
EVEN = frozenset({"even", "same", "straight", "symmetrical", "symmetric", "equal"})
SUDDEN = stems("sudden suddenly now")
NEGATIONS = stems(NEGATION_VERBAL)
ABLE = frozenset({"raise", "lift", "move", "hold", "use", "wave", "say"})
WORRIED = stems(
    "worried worry worrying worries panic panicking panicked scared afraid terrified anxious "
    "anxiety nervous paranoid fear fearing frightened jumpy fright check checked checking test "
    "testing tested said says reckons reckoned joked joking"
)
_WELL = frozenset(["fine", "ok", "okay", "normal", "better", "good", "alright"])
# Said of the numbness before "now" as "fine" is: "it's gone now", "the feeling is back now".
_PASSED = frozenset(["gone", "back", "over", "passed", "cleared", "settled"])
FAILING = stems("cant unable wont struggle struggling struggles hard difficult trouble")


def _checked(tokens: list[Token], index: int) -> bool:
    """Denied ("no droopy face", "my face isn't drooping"), said to be fine ("talking normally"),
    or even ("smile even", "both arms up")."""
    token = tokens[index]
    if token.negated or token.reassured:
        return True
    after = tokens[index + 1 : index + 4]
    if after and after[0].stem in NEGATIONS:
        return True
    if any(t.stem in FAILING for t in tokens):
        return False  # "can't get both arms up" is no check passed
    if index and tokens[index - 1].word == "both" and after and after[0].word == "up":
        return True
    before = [t.word for t in tokens[max(0, index - 3) : index]]
    if "can" in before and ABLE & set(before):
        return True  # "I can raise both arms"
    return any(t.word in EVEN and not t.negated for t in after)


def features_checked(read: Sequence[ReadSentence], features: frozenset[str]) -> bool:
    """Whether the message tells a worry or a check, mentions one of `features` and tells every
    mention as absent or fine, with nothing told as sudden or happening now."""
    stems_told = {t.stem for s in read for c in s.clauses for t in c.tokens}
    if not WORRIED & stems_told:
        return False
    return _checked_mentions(read, features) >= 1


def _well_now(tokens: Sequence[Token], index: int) -> bool:
    """ "Fine now", "ok now", "gone now": the all clear, not something happening now."""
    return tokens[index].word == "now" and index > 0 and tokens[index - 1].word in _WELL | _PASSED


def _checked_mentions(read: Sequence[ReadSentence], features: frozenset[str]) -> int:
    """How many different `features` the message mentions, each mention absent or fine; 0 when
    any is told as present, or anything as sudden or happening now."""
    mentioned: set[str] = set()
    for sentence in read:
        for clause in sentence.clauses:
            for index, token in enumerate(clause.tokens):
                if (
                    token.stem in SUDDEN
                    and not token.negated
                    and not _well_now(clause.tokens, index)
                ):
                    return 0
                if not (features & (token.matches | {token.stem})):
                    continue
                if not _checked(clause.tokens, index):
                    return 0
                mentioned.add(token.stem)
    return len(mentioned)


def named_asked(findings: list[Finding], read: Sequence[ReadSentence]) -> list[Finding]:
    """The lexicon's findings with a named condition hedged (asked about, not escalated) where
    its name is the only clear evidence and every feature of it the message mentions is checked."""
    clear = [f for f in findings if not f.negated and not f.hedged]
    signs = {f.sign_id for f in clear}
    if len(signs) != 1 or (sign := signs.pop()) not in NAMED:
        return findings
    if any(f.phrase not in NAMES for f in clear) or not features_checked(read, NAMED[sign]):
        return findings
    return [replace(f, hedged=True) if f in clear else f for f in findings]


# Signs whose features a list can hold, so the model's alarm on the named condition may only ask.
MODEL_ASKS = frozenset({"blood-clot"})


def model_only_asks(findings: Sequence[Finding], read: Sequence[ReadSentence]) -> frozenset[str]:
    """The signs of MODEL_ASKS the message names (the lexicon found the name, hedged or not) with
    every feature it mentions checked and nothing of it told otherwise; and those it does not
    name at all, with two or more of its features denied and none told ("no swelling in my
    calves, not red or hot, my leg was a bit numb after the plane but that's gone"): a traveller
    going through the clot's own list."""
    asks = set()
    for sign in MODEL_ASKS:
        found = [f for f in findings if f.sign_id == sign and not f.negated]
        if found and all(f.phrase in NAMES for f in found) and features_checked(read, NAMED[sign]):
            asks.add(sign)
        if not found and _checked_mentions(read, NAMED[sign]) >= 2:
            asks.add(sign)
    return frozenset(asks)


# A condition told as had, in the past: "my cousin got something called compartment syndrome".
_HAD = frozenset({"had", "got", "was", "were", "diagnosed", "developed", "called"})
_NUMB = NUMBNESS | stems("cantfeel pinsandneedles")


def named_then_asked(findings: list[Finding], read: Sequence[ReadSentence]) -> list[Finding]:
    """The findings with a condition hedged where it is named as had, the message's only clear
    evidence, and the numbness comes up only in a question about it: "My cousin got something
    called compartment syndrome after he broke his leg. Does that cause numbness?" tells nobody's
    numbness. Asked, not alarmed: "yes" to its question still escalates."""
    clear = [f for f in findings if not f.negated and not f.hedged]
    if not clear or any(f.phrase not in NAMES or f.phrase == "having a stroke" for f in clear):
        return findings
    asked_numbness = told_numbness = had = False
    for sentence in read:
        for clause in sentence.clauses:
            words = {t.word for t in clause.tokens}
            clause_stems = {t.stem for t in clause.tokens}
            if clause_stems & SUDDEN:
                return findings
            numb = bool(_NUMB & clause_stems)
            if sentence.question:
                asked_numbness = asked_numbness or numb
            else:
                told_numbness = told_numbness or numb
                had = had or bool(_HAD & words)
    if not (asked_numbness and had) or told_numbness:
        return findings
    return [replace(f, hedged=True) if f in clear else f for f in findings]


def lexicon_asks(findings: list[Finding], read: Sequence[ReadSentence]) -> list[Finding]:
    """The lexicon's findings after its "asked, not alarmed" rules: an injury with its numbness
    denied (bot.triage.denied_numbness), a condition named with its signs checked, and a condition
    told as had with numbness only asked about, any sign where the message says it is not about
    health (bot.triage.not_medical), and a pressed leg told back once moved
    (bot.triage.fell_asleep)."""
    asked = named_then_asked(named_asked(injuries_asked(findings, read), read), read)
    return fell_asleep_asks(not_medical_asks(asked, read), read)
