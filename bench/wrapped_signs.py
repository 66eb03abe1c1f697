"""Signs wrapped in the framing people put around them: does the screen still escalate them?

Each grid takes sign statements the screen escalates when they are told alone and wraps each in
contexts: a doubt in a clause of its own, a question opener or tail, small talk, an aside, a
history, a sentence before or after. A wrapped sign that is no longer escalated is counted, with
what the screen did instead (asked the red-flag questions, or nothing). Under-triage hides here:
the sets' writers wrap a few of their signs, people wrap many. The wordings are written for this
benchmark; the property tests in tests/unit/test_red_flag_doubt_before.py hold a slice of them.

    .venv/bin/python -m bench.wrapped_signs            # the table
    .venv/bin/python -m bench.wrapped_signs --list     # and every wrapped sign not escalated
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from collections.abc import Iterable

from bot.content import load_content
from bot.triage import Screen, tools_for

PLAIN_SIGNS = (
    "my calf is swollen, red and hot",
    "his face is drooping on one side",
    "she can't lift her leg at all",
    "he is talking nonsense and his leg is numb",
    "I can't feel anything when I wipe and my legs are numb",
    "my leg is numb and I can't breathe",
    "my legs went numb after I fell off the ladder and hit my back",
    "my leg is numb and my chest feels tight and heavy",
    "her leg went numb and she can't get words out",
    "his leg is in a cast and the pain is unbearable and his toes are numb",
    "I haven't peed since last night and my legs are numb",
    "my calf is swollen red and hot after the flight",
    "my arm and leg on the left went weak all of a sudden",
    "dad's words are slurred and his foot is numb",
    "i wet myself without noticing and my legs are numb",
)
CHAT_SIGNS = (
    "mums face gone all droopy on one side",
    "cant feel my bum when i wipe n legs numb",
    "dad cant get his words out n his leg is dead",
    "my calf is massive and red and burning after the op",
    "i cant lift my leg off the bed its numb",
    "numb legs and i cant breathe properly",
    "fell down the stairs hit my back now legs numb",
    "his speech is slurred and his foot is tingly",
    "chest is really tight and my legs are numb",
    "i peed myself and didnt feel it, legs numb",
    "left arm n leg went weak out of nowhere",
    "her mouth is lopsided and her foot is numb",
    "he hit his head and now his legs are tingling",
    "my shin is rock hard and agony under the cast and my toes are numb",
    "grandad is confused and talking rubbish and his leg is numb",
)
DOUBTS = (
    "I'm scared of getting a clot",
    "maybe it's nothing",
    "not sure if it's serious",
    "I'm worried it could be a clot",
    "probably from the gym",
    "I read about strokes last week",
    "could be nerves",
    "I'm afraid of a stroke",
    "if it's a clot I'd be scared",
    "I don't know if I'm overreacting",
    "might just be cramp",
)
DOUBT_JOINS = (", ", ". ", " but ", ", and ")
BEFORE = (
    "is this normal",
    "my nan had a stroke years ago",
    "the doctor said it was fine last week",
    "I think I'm overreacting",
    "what if it's serious",
    "I had a clot in 2019",
    "sorry for the long message",
    "my friend says I worry too much",
    "she says she's fine",
    "he refuses to see a doctor",
    "lol",
    "I googled it",
    "I'm diabetic",
)
BEFORE_JOINS = (", ", ". ", " but ", " and ", "? ")
FRAMES = (
    "hi {}",
    "sorry to bother you but {}",
    "so basically {}",
    "btw {}",
    "um {}",
    "{} lol",
    "{} idk",
    "{} what should i do",
    "{} pls help",
    "is it normal that {}",
    "is it bad that {}",
    "is it serious that {}",
    "could it be a stroke, {}",
    "do i need to go to hospital, {}",
    "i think {}",
    "pretty sure {}",
    "my friend says {}",
    "{} but he says he's fine",
    "{} or am i overreacting",
    "{} should i wait till tomorrow",
    "{} is this a stroke",
    "{} can i just sleep it off",
    "{} is that normal",
    "weird question but {}",
    "{}, anyway how are you",
    "{} and i'm a bit scared",
    "{} since this morning",
    "{} but its probably nothing",
    "{} but it's probably just stress",
    "we are on holiday and {}",
    "this morning {}",
    "when i woke up {}",
    "at work {}",
    "just now {}",
)
SENTENCES = (
    "Hi. {}. What should I do?",
    "{}. It started an hour ago.",
    "My dad is 80. {}.",
    "Sorry if this is silly. {}.",
    "{}. He says he is fine.",
    "{}. Is it a stroke?",
    "Quick question. {}.",
    "I have diabetes. {}.",
    "She had a clot in 2018. {}.",
    "{}. Probably nothing.",
    "{}. Can I wait until Monday?",
    "It's 3am. {}.",
    "{}. My wife thinks I'm overreacting.",
    "Long day at work. {}.",
)


def _frame(sign: str, frame: str) -> str:
    return frame.format(sign[0].upper() + sign[1:] if frame.startswith("{}. ") else sign)


GRIDS: tuple[tuple[str, tuple[str, ...], Iterable[tuple[str, str]]], ...] = (
    (
        "a doubt in a clause of its own before the sign",
        PLAIN_SIGNS[:8],
        [(d, j) for d, j in itertools.product(DOUBTS, DOUBT_JOINS)],
    ),
    (
        "a history, a question or a remark before the sign",
        PLAIN_SIGNS,
        [(b, j) for b, j in itertools.product(BEFORE, BEFORE_JOINS)],
    ),
    ("openers and tails around the sign", PLAIN_SIGNS, [(f, "") for f in FRAMES]),
    ("openers and tails, chat wording", CHAT_SIGNS, [(f, "") for f in FRAMES]),
    ("a sentence before or after", PLAIN_SIGNS + CHAT_SIGNS, [(f, "") for f in SENTENCES]),
)


def _wrapped(sign: str, context: str, join: str) -> str:
    return context + join + sign if join else _frame(sign, context)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every wrapped sign missed")
    args = parser.parse_args(argv)
    screen = tools_for(load_content()).screen
    rows = []
    for name, signs, contexts in GRIDS:
        contexts = list(contexts)
        alone = [s for s in signs if screen.screen(s).screen is Screen.EMERGENCY]
        outcomes: Counter[str] = Counter()
        for sign, (context, join) in itertools.product(alone, contexts):
            text = _wrapped(sign, context, join)
            outcome = screen.screen(text).screen
            if outcome is not Screen.EMERGENCY:
                outcomes[outcome.value] += 1
                if args.list:
                    print(f"  {outcome.value}: {text}")
        total = len(alone) * len(contexts)
        rows.append((name, len(signs), len(alone), total, outcomes))
    print("| grid | signs (escalated alone) | wrapped | not escalated | of which asked |")
    print("|---|---|---|---|---|")
    for name, signs, alone, total, outcomes in rows:
        missed = sum(outcomes.values())
        print(f"| {name} | {signs} ({alone}) | {total} | {missed} | {outcomes['ambiguous']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
