"""The red-flag screen on histories told over two sentences, symptoms denied, tagged questions,
fears for a day to come and a few everyday figures of a sign's words.

Each case is a class of wording written for this test (none is copied from an evaluation set);
every class that softens a reading has guards beside it: the same words in a live event still
escalate. The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for
from bot.triage.findings import Detection
from bot.triage.history import continues_history
from bot.triage.sentences import sentences
from bot.triage.words import normalise

SCREEN = tools_for(load_content()).screen


def screened(text: str) -> Detection:
    return SCREEN.screen(text)


@pytest.mark.parametrize(
    "text",
    [
        # A history dated in one sentence and told on in the next, in the past.
        "My brother had a clot after his knee op two years ago. He said his calf was swollen and "
        "sore and a bit numb. Can clots make your leg numb?",
        "Dad had a stroke in 2018. His face drooped and his arm went weak. Could that be why his "
        "leg is numb now?",
        # ...and within one sentence, clause after clause.
        "Back in 2017 my dad had a stroke, his face drooped and his words came out wrong for a "
        "few days. His feet have been tingly lately, what could cause that?",
        # A sign as a topic of talk.
        "my aunt keeps sending me stroke stories and now I panic whenever my foot goes numb",
        # A symptom denied is no function lost ("it doesn't hurt at all", "not painful").
        "My calf went numb about a week ago. It doesn't hurt at all, there's just a spot where I "
        "can't feel much. When should I get it checked?",
        # A question tagged on at the end, about a condition by its name.
        "clot in the leg and numb toes is that a thing",
        "stroke making only your foot numb is that even possible",
        # A fear for a day to come, body weight put on, a leg half numb, little explained.
        "i cant feel my heels properly and im scared ill tread on a pin and not notice, how do i "
        "look after my feet",
        "worried walking will make my numb feet worse, should I rest them instead?",
        "gained 2 stone over the winter and my outer thigh keeps going numb now and then, any "
        "link?",
        "sciatica has me hobbling and my thigh is half numb, is that normal with sciatica",
        "the consultant didnt really explain why my feet are numb, what tests are usual?",
        # Everyday senses: a question anyone may ask, acting, a toast, laughter, sandals, rest.
        "how would you recognise a clot in the leg?",
        "my son is acting as a stroke patient in a first aid class and his leg went numb",
        "gave a speech at my sisters wedding and my legs were numb from standing, normal now",
        "i was out of breath from laughing at the film and my foot had gone to sleep, fine now",
        "my feet are numb from wearing flip flops all summer, any advice on shoes?",
        "i kicked back on the sofa all evening and my leg went numb, it wore off after a minute",
        "been dragging my feet on booking the gp about my numb toes, how long is too long?",
        "wondering if sitting all day can cause a stroke, my legs go numb at my desk",
    ],
)
def test_what_is_told_as_past_denied_asked_or_feared_is_no_alarm(text: str) -> None:
    assert screened(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # The history's sentence followed by a live one: a time of today, the present tense.
        (
            "Mum had a stroke in 2015. Her face drooped at lunch and her leg went numb.",
            "stroke",
        ),
        (
            "Dad had a clot years ago. His calf went red and swollen after the flight and his "
            "foot is numb.",
            "blood-clot",
        ),
        (
            "I had sciatica last year. Then my leg gave way on the stairs and now I can't lift "
            "my foot.",
            "severe-weakness",
        ),
        (
            "Grandad had a stroke years ago. He slurred his words when he rang me and his leg "
            "went numb an hour ago.",
            "stroke",
        ),
        (
            "Mum had a stroke in 2016, her face drooped again this morning and her leg is numb",
            "stroke",
        ),
        (
            "My brother had knee surgery last week. His calf is swollen and sore and his foot is "
            "numb.",
            "blood-clot",
        ),
        # A function denied is still the sign, beside a symptom denied.
        ("he doesn't make sense when he talks and his leg is numb", "stroke"),
        (
            "no pain but I can't lift my foot at all since an hour ago and it's numb",
            "severe-weakness",
        ),
        ("mum didn't make any sense on the phone just now and she says her leg is numb", "stroke"),
        # A tagged question on a live sign.
        (
            "my calf is swollen red and hot after my flight and my foot is numb is that normal",
            "blood-clot",
        ),
        ("my face is drooping on one side and my leg is numb is that normal", "stroke"),
        # Fear beside a live sign, weight a leg cannot take, half a body, words that won't come.
        ("im scared, my leg gave way twice this morning and my foot is numb and floppy", None),
        ("she is terrified, she cant lift her foot since lunch and it is numb", None),
        ("my legs are numb and they wont take my weight since this morning", None),
        ("half my face feels numb and my leg is numb too, started 10 mins ago", "stroke"),
        ("half my body went numb suddenly twenty minutes ago", "stroke"),
        ("he cant explain what he wants, the words come out wrong and his leg is numb", "stroke"),
        ("my cast went on this morning, the pain is unbearable and my toes are numb", None),
        # A doubt does not reach past "because": the reason is told as fact.
        (
            "my boss asked if I was ok because I was slurring on the call, and my leg is numb",
            "stroke",
        ),
        ("not sure if its a stroke because her face is drooping and her leg is numb", "stroke"),
        # Words of the signs the lexicon now knows: a foot that drags or flops, water that could
        # not be passed, soiling told of someone else, the breastbone, a kick, "puffed out", a
        # calf bigger than the other.
        (
            "my foot is numb and keeps dragging on the ground since this afternoon",
            "severe-weakness",
        ),
        ("her foot is numb and just flops when she walks", "severe-weakness"),
        ("my legs are tingly and I haven't managed to wee since breakfast", "bladder-bowel"),
        ("grandad has wet himself without noticing and his legs are numb", "bladder-bowel"),
        ("crushing ache behind my breastbone and my leg is numb", "chest-breathing"),
        ("got kicked in the back at football and now both legs tingle", "head-spinal-injury"),
        ("really puffed out tonight for no reason and my leg is numb", "chest-breathing"),
        ("after the flight my calf is bigger than the other and sore, foot numb", "blood-clot"),
        # Told by what it takes: air that is not enough, a dive into the shallow end, a leg
        # lifted by hand, nothing that comes at the toilet.
        ("my legs are numb and I'm not getting enough air, it's worse now", "chest-breathing"),
        ("dived into the shallow end this afternoon and now my hands and feet tingle", None),
        (
            "since tea time my left leg is numb and I have to lift it up with my hands to get "
            "into bed",
            "severe-weakness",
        ),
        (
            "I've sat on the toilet for an hour and nothing comes out, and my feet are numb",
            "bladder-bowel",
        ),
    ],
)
def test_the_same_words_in_a_live_event_still_escalate(text: str, sign: str | None) -> None:
    detection = screened(text)
    assert detection.screen is Screen.EMERGENCY
    assert sign is None or sign in detection.signs


def test_a_bladder_reading_of_the_model_needs_the_parts_or_the_toilet() -> None:
    """The model likens "a spot where I can't feel much" to a numb bottom; it alarms on the
    bladder only where the message names the toilet, wetting or the parts one sits on. The
    lexicon now knows the saddle area by name and water that cannot be passed."""
    assert screened("a spot on my shin where i cant feel much, for a week now").screen is not (
        Screen.EMERGENCY
    )
    for text in (
        "the area between my legs has gone numb since this morning and my feet tingle",
        "i cant feel it when i wipe and my legs are numb",
        "he hasn't been able to pee since last night and his legs are numb",
        "I can't pee, I've been trying since lunch, and my legs are tingly",
    ):
        assert "bladder-bowel" in screened(text).signs, text


@pytest.mark.parametrize(
    ("words", "continues"),
    [
        ("he said his calf was swollen", True),
        ("her face drooped and her arm went weak", True),
        ("her face drooped at lunch", False),
        ("his calf is swollen", False),
        ("now his face drooped", False),
        ("it happened again this morning", False),
    ],
)
def test_a_sentence_continues_a_history_only_in_the_past_with_nothing_of_now(
    words: str, continues: bool
) -> None:
    assert continues_history(words.split(), after_history=True) is continues
    assert continues_history(words.split(), after_history=False) is False


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("dvt and numb toes is that a thing", True),
        ("stroke and a numb foot is it even possible", True),
        ("my leg is numb", False),
        ("this is the thing", False),
    ],
)
def test_a_question_tagged_at_the_end_is_a_question(text: str, question: bool) -> None:
    ((_, asked),) = list(sentences(text))
    assert asked is question


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("wait can a stroke make just one leg go numb", True),
        ("ok so is it normal for toes to tingle", True),
        ("hey quick question does sitting cause it", True),
        ("so my face is drooping", False),
        ("ok my leg went numb", False),
    ],
)
def test_a_question_after_chat_words_is_a_question(text: str, question: bool) -> None:
    ((_, asked),) = list(sentences(text))
    assert asked is question


@pytest.mark.parametrize(
    ("text", "screen"),
    [
        # Asked about: the condition as the topic of its signs, as "signs of a stroke" is.
        (
            "what is the stroke signs with leg numb, so I know when to call an ambulance?",
            "ambiguous",
        ),
        ("does my mum have stroke signs?", "ambiguous"),
        # Told: a sign, whatever the words around it.
        ("my mum has stroke signs", "emergency"),
        ("he has heart attack symptoms", "emergency"),
        ("she is showing dvt symptoms", "emergency"),
    ],
)
def test_a_condition_named_with_its_signs_is_asked_about_only_in_a_question(
    text: str, screen: str
) -> None:
    assert SCREEN.screen(text).screen.value == screen


def test_a_general_question_after_chat_words_is_not_an_emergency() -> None:
    # As "can a stroke make just one leg go numb" is: asked about, not told.
    detection = SCREEN.screen("wait can a stroke make just one leg go numb")
    assert detection.screen is Screen.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("my foot went numb on the bus and then it all came back", True),
        ("legs tingled for a minute and the feeling came back", True),
        ("came back from a long flight yesterday and my calf is numb", False),
        ("the back pain came back this week and my feet are numb", False),
        ("the numbness came back this morning", False),
        ("my blood tests came back normal but my toes are numb", False),
    ],
)
def test_what_came_back_is_the_feeling_not_a_journey_a_pain_or_a_result(
    text: str, passed: bool
) -> None:
    """A calf after a long flight is not numbness that passed, so the model's clot alarms."""
    assert screened(text).onset.passed is passed


@pytest.mark.parametrize(
    "text",
    [
        "his leg went numb and now it just folds under him when he tries to stand",
        "my knee keeps buckling under me since lunch and my shin is numb",
        "mum's leg went numb and she can't get it up off the bed",
        "she cant get her leg up onto the step, it's numb since this morning",
        # A leg that will not do what it is told.
        "dad's leg went numb and he can't get it to do anything since lunch",
        "my foot is numb and it won't respond when I try to walk, started at tea time",
        "grandma's numb leg won't do what she tells it since she got up",
        # Unable to stand at all.
        "grandpa's leg is numb and he's been sat in the chair unable to stand since breakfast",
        "my feet are numb and i can't stand, since this morning",
    ],
)
def test_a_leg_that_buckles_will_not_come_up_or_obey_is_the_lexicons_sign(text: str) -> None:
    """The guide's severe weakness told by what happens: the lexicon escalates on its own."""
    detection = screened(text)
    assert detection.screen is Screen.EMERGENCY
    assert "severe-weakness" in detection.signs
    assert not detection.by_model


@pytest.mark.parametrize(
    "text",
    [
        "her leg is numb and like rubber since she woke up",
        "my legs have gone to mush and my feet are numb",
    ],
)
def test_a_leg_like_rubber_gets_the_questions_at_least(text: str) -> None:
    """It may be weakness or only tiredness: never a quiet reply."""
    assert screened(text).screen is not Screen.NONE


@pytest.mark.parametrize(
    "text",
    [
        "I can't stand for long at work because my feet go numb",
        "i cant stand the pins and needles anymore",
        "numb feet are stopping me working, cant stand on them for long",
    ],
)
def test_not_standing_for_long_or_not_bearing_the_tingling_is_no_alarm(text: str) -> None:
    """To bear something, or numbness in the way of a working day: no sign of the guide."""
    assert screened(text).screen is not Screen.EMERGENCY


def test_legs_folded_under_one_is_a_way_of_sitting() -> None:
    text = "I sat with my legs folded under me through the whole ceremony and my feet went numb"
    assert screened(text).screen is Screen.NONE


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've been wetting the bed and I never used to, legs numb for two days", "bladder-bowel"),
        ("haven't had a wee since yesterday and my legs are numb and heavy", "bladder-bowel"),
        ("he hasn't passed water since last night and his legs are numb", "bladder-bowel"),
        ("he hasn't emptied his bladder since last night and his legs are numb", "bladder-bowel"),
        ("he hasn't been to the loo for a wee all day and his legs are numb", "bladder-bowel"),
        ("my leg is numb and i feel like someone is standing on my chest", "chest-breathing"),
        ("i have pressure on my chest and my legs are numb", "chest-breathing"),
        ("heavy weight on my chest since lunch, feet tingly", "chest-breathing"),
        ("my husband messed himself and didn't notice, his legs are numb", "bladder-bowel"),
    ],
)
def test_water_lost_or_not_passed_and_a_weight_on_the_chest_are_signs(text: str, sign: str) -> None:
    detection = screened(text)
    assert detection.screen is Screen.EMERGENCY
    assert sign in detection.signs


@pytest.mark.parametrize(
    "text",
    [
        "one leg is red and hot from the knee down since my hip op, toes numb",
        # Not a sign the guide names, but worth its questions.
        "my lips and fingers are blue and my legs are numb",
    ],
)
def test_a_leg_red_and_hot_or_blue_lips_get_the_questions_at_least(text: str) -> None:
    assert screened(text).screen is not Screen.NONE


def test_breath_lost_laughing_is_no_sign() -> None:
    text = "i can't catch my breath when i laugh at my brother, my legs go numb on the floor"
    assert screened(text).screen is not Screen.EMERGENCY


def test_a_bowel_alone_is_no_water_not_passed_and_a_chest_to_say_no_pressure() -> None:
    assert "cant pee" not in normalise("haven't had a poo since yesterday, numb legs")
    assert "chest" not in normalise("I need to get this off my chest: my feet go numb at work")


@pytest.mark.parametrize(
    "text",
    [
        # A condition's sign named in general.
        "i read that numb legs can be a stroke symptom, mine went away when I got up",
        "apparently tingly feet could be a stroke sign? mine tingle after the bus, then pass",
        # A history dated by school days.
        "I had a stroke when i was at uni, fully fine now, why do my feet tingle when I sit?",
        "my brother had compartment syndrome back in high school, his leg is fine now, can it "
        "come back?",
    ],
)
def test_a_sign_named_in_general_or_a_school_days_history_is_no_alarm(text: str) -> None:
    assert screened(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "he's back in school today and fell off the climbing frame and hit his head, legs tingling",
        "my son is in high school and hit his head in football today, now his legs tingle",
    ],
)
def test_school_today_is_no_history(text: str) -> None:
    assert screened(text).screen is Screen.EMERGENCY


def test_messed_up_is_no_soiling() -> None:
    assert "soiled" not in normalise("I messed myself up at the gym and my calves tingle")
