"""The /check state machine, on every path: all answer sequences are enumerated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content import load_content
from bot.triage.engine import (
    Answer,
    InvalidMove,
    Level,
    Phase,
    TriageEngine,
    TriageState,
    parse_answer,
)
from bot.ui.callbacks import MAX_BYTES, decode, encode

CONTENT = load_content()
ENGINE = TriageEngine.from_triage(CONTENT.triage)
SIGNS = len(CONTENT.triage.emergency_signs)
CRITERIA = len(CONTENT.triage.appointment_criteria)


def finished_paths() -> Iterator[tuple[Answer, ...]]:
    """Every sequence of answers a person can give, from the start to an outcome."""

    def walk(state: TriageState) -> Iterator[tuple[Answer, ...]]:
        if ENGINE.result(state) is not None:
            yield state.answers
            return
        for answer in Answer:
            yield from walk(ENGINE.answer(state, answer))

    yield from walk(ENGINE.start())


def reachable_states() -> Iterator[TriageState]:
    seen = set()
    for path in finished_paths():
        for end in range(len(path) + 1):
            state = TriageState(path[:end])
            if state not in seen:
                seen.add(state)
                yield state


def expected_level(answers: tuple[Answer, ...]) -> Level:
    """An independent oracle: the first yes (or not sure) decides, by which part it is in."""
    for index, answer in enumerate(answers):
        if answer is not Answer.NO:
            return Level.EMERGENCY if index < SIGNS else Level.APPOINTMENT
    return Level.SELF_CARE


def test_questions_come_emergency_signs_first_by_priority_then_criteria():
    questions = ENGINE.questions
    assert ENGINE.total == SIGNS + CRITERIA == 11
    assert [q.id for q in questions[:SIGNS]] == [s.id for s in CONTENT.emergency_signs]
    assert [q.phase for q in questions] == [Phase.EMERGENCY] * SIGNS + [
        Phase.APPOINTMENT
    ] * CRITERIA
    assert [q.number for q in questions] == list(range(1, 12))
    priorities = [CONTENT.emergency_signs[i].priority for i in range(SIGNS)]
    assert priorities == sorted(priorities)


def test_every_path_ends_with_the_right_outcome_and_no_question_after_a_yes():
    paths = list(finished_paths())
    # n "No" then one Yes or Not sure at each of the 11 questions, or 11 "No": 2 * 11 + 1 paths.
    assert len(paths) == 2 * ENGINE.total + 1
    for path in paths:
        result = ENGINE.result(TriageState(path))
        assert result is not None
        assert result.level is expected_level(path)
        assert all(answer is Answer.NO for answer in path[:-1])  # nothing asked after a yes
        if result.level is Level.EMERGENCY:
            assert len(path) <= SIGNS
            assert result.signs == (ENGINE.questions[len(path) - 1].item,)
            assert result.unsure is (path[-1] is Answer.UNSURE)
        elif result.level is Level.APPOINTMENT:
            assert len(path) > SIGNS  # every emergency sign was asked (and denied) first
            assert result.criteria == (ENGINE.questions[len(path) - 1].item,)
        else:
            assert len(path) == ENGINE.total
            assert (result.signs, result.criteria) == ((), ())


@pytest.mark.parametrize("index", range(SIGNS))
@pytest.mark.parametrize("answer", [Answer.YES, Answer.UNSURE])
def test_yes_or_not_sure_to_any_sign_is_an_emergency_at_once(index: int, answer: Answer):
    state = TriageState((Answer.NO,) * index + (answer,))
    result = ENGINE.result(state)
    assert result is not None
    assert result.level is Level.EMERGENCY
    assert ENGINE.current(state) is None
    with pytest.raises(InvalidMove):
        ENGINE.answer(state, Answer.NO)


def test_a_person_with_no_red_flag_finishes_in_eleven_taps_or_fewer():
    assert max(len(path) for path in finished_paths()) == ENGINE.total


def test_back_undoes_exactly_one_answer_everywhere():
    for state in reachable_states():
        if state.answers:
            assert ENGINE.answer(ENGINE.back(state), state.answers[-1]) == state
    with pytest.raises(InvalidMove):
        ENGINE.back(ENGINE.start())


def test_every_reachable_state_round_trips_through_a_short_token():
    states = list(reachable_states())
    assert len(states) == len({ENGINE.encode(s) for s in states})  # one token per state
    for state in states:
        token = ENGINE.encode(state)
        assert ENGINE.decode(token) == state
        assert len(token) <= 6
        payload = encode("chk", "A" * 11, token, "u")
        assert len(payload.encode()) <= MAX_BYTES
        assert decode(payload) is not None


@pytest.mark.parametrize(
    "token",
    ["", "00", "01", "Z", "-1", "1.5", "zzzzzzzzzzzzz", "1", "2", "1f", "abc!", "٣", "10000000"],
)
def test_malformed_or_unreachable_tokens_decode_to_nothing(token: str):
    state = ENGINE.decode(token)
    assert state is None or ENGINE.encode(state) == token


def test_a_token_claiming_answers_after_a_yes_is_refused():
    forged = TriageState((Answer.YES, Answer.NO))
    assert not ENGINE.is_reachable(forged)
    assert ENGINE.decode(ENGINE.encode(forged)) is None
    too_long = TriageState((Answer.NO,) * (ENGINE.total + 1))
    assert ENGINE.decode(ENGINE.encode(too_long)) is None


@given(st.text(alphabet="0123456789abcdefghijklmnopqrstuvwxyzA-_", max_size=14))
def test_decode_never_raises_and_only_yields_reachable_states(token: str):
    state = ENGINE.decode(token)
    if state is not None:
        assert ENGINE.is_reachable(state)
        assert ENGINE.encode(state) == token


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*Answer, "back"]), max_size=40))
def test_any_sequence_of_taps_and_backs_behaves_like_the_model(moves: list[object]):
    state, model = ENGINE.start(), []
    for move in moves:
        if move == "back":
            if model:
                model.pop()
                state = ENGINE.back(state)
            continue
        if ENGINE.result(state) is not None:
            continue  # a finished check takes no more answers
        assert isinstance(move, Answer)
        model.append(move)
        state = ENGINE.answer(state, move)
        assert ENGINE.decode(ENGINE.encode(state)) == state
    assert list(state.answers) == model
    result = ENGINE.result(state)
    finished = bool(model) and (model[-1] is not Answer.NO or len(model) == ENGINE.total)
    assert (result is not None) is finished
    if result is not None:
        assert result.level is expected_level(tuple(model))


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("Yes", Answer.YES),
        ("yes!", Answer.YES),
        ("Yep", Answer.YES),
        ("No.", Answer.NO),
        ("nope", Answer.NO),
        ("not sure", Answer.UNSURE),
        ("I don't know", Answer.UNSURE),
        ("idk", Answer.UNSURE),
        ("maybe", Answer.UNSURE),
        ("yes my face is drooping and I can't talk", None),
        ("hello", None),
        ("", None),
    ],
)
def test_typed_answers(typed: str, answer: Answer | None):
    assert parse_answer(typed) is answer


# --- A check that leads with a suspected sign ------------------------------------------------


@pytest.mark.parametrize("lead", [sign.id for sign in ENGINE.signs])
def test_a_lead_sign_is_asked_first_then_the_rest_by_priority(lead: str):
    state = ENGINE.start(lead)
    order = ENGINE.order(state)
    assert [q.number for q in order] == list(range(1, ENGINE.total + 1))
    assert order[0].id == lead
    rest = [q.id for q in order[1:SIGNS]]
    assert rest == [sign.id for sign in ENGINE.signs if sign.id != lead]
    assert [q.id for q in order[SIGNS:]] == [c.id for c in ENGINE.criteria]
    assert ENGINE.current(state) == order[0]


@pytest.mark.parametrize("lead", [sign.id for sign in ENGINE.signs])
@pytest.mark.parametrize("answer", [Answer.YES, Answer.UNSURE])
def test_yes_to_the_lead_is_an_emergency_for_that_sign(lead: str, answer: Answer):
    result = ENGINE.result(ENGINE.answer(ENGINE.start(lead), answer))
    assert result is not None
    assert result.level is Level.EMERGENCY
    assert [sign.id for sign in result.signs] == [lead]


def test_an_unknown_lead_asks_in_priority_order():
    assert ENGINE.start("no-such-sign") == ENGINE.start()
    assert ENGINE.start(None).lead == 0


@settings(max_examples=300)
@given(
    st.integers(min_value=0, max_value=SIGNS),
    st.lists(st.sampled_from(list(Answer)), max_size=12),
)
def test_led_checks_keep_the_rules_and_round_trip(lead: int, answers: list[Answer]):
    """Whatever the lead, the first yes decides by its phase, every question is asked once, and
    the state survives its token; a check without a lead keeps the token it always had."""
    state = TriageState((), lead)
    asked = []
    for answer in answers:
        question = ENGINE.current(state)
        if question is None:
            break
        asked.append(question.id)
        state = ENGINE.answer(state, answer)
        assert ENGINE.decode(ENGINE.encode(state)) == state
        assert ENGINE.back(state) == TriageState(state.answers[:-1], lead)
    assert len(asked) == len(set(asked))
    result = ENGINE.result(state)
    assert (result.level if result else None) == _oracle(state)
    if lead == 0:
        assert ENGINE.encode(state) == ENGINE.encode(TriageState(state.answers))


def _oracle(state: TriageState) -> Level | None:
    order = ENGINE.order(state)
    for index, answer in enumerate(state.answers):
        if answer is not Answer.NO:
            return Level.EMERGENCY if order[index].phase is Phase.EMERGENCY else Level.APPOINTMENT
    return Level.SELF_CARE if state.step == ENGINE.total else None
