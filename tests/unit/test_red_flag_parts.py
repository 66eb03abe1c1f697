"""What the language model is shown of a message (bot.triage.parts): the words that state
something, apart from those a negation, a history or a reassurance took out."""

from __future__ import annotations

from bot.content import load_content
from bot.triage import tools_for
from bot.triage.parts import Span, parts_of

DETECTOR = tools_for(load_content()).detector


def shown(text: str) -> list[dict[str, object]]:
    runs, parts = parts_of(DETECTOR.read(text))

    def words(span: Span | None) -> str | None:
        return None if span is None else " ".join(runs[span[0]][i] for i in span[1])

    return [
        {
            "plain": words(p.plain),
            "pieces": [words(piece) for piece in p.pieces],
            "full": words(p.full),
            "denied": words(p.denied),
            "uncertain": p.uncertain,
        }
        for p in parts
    ]


def test_a_plain_statement_is_shown_whole_and_in_pieces_between_connectives() -> None:
    [part] = shown("my calf is swollen and sore and my foot has gone numb")
    assert part["plain"] == "my calf is swollen and sore and my foot has gone numb"
    assert "my foot has gone numb" in part["pieces"]
    assert part["denied"] is None
    assert part["full"] is None


def test_a_denial_is_taken_out_with_its_subject_and_kept_apart() -> None:
    [part] = shown("my face isn't drooping and my leg is numb")
    assert part["plain"] == "my leg is numb"
    assert part["denied"] == "drooping and"  # a negation reaches up to "and"
    assert part["full"] == "my face isn't drooping and my leg is numb"


def test_contrast_words_cut_parts_so_a_denial_does_not_reach_past_but() -> None:
    first, second = shown("no chest pain but I can't breathe properly")
    assert first["plain"] is None
    assert second["plain"] == "but i can't breathe properly"


def test_words_said_to_be_fine_are_no_statement_and_no_denial() -> None:
    [part] = shown("my arm and face are totally fine and my foot is numb")
    assert part["plain"] == "fine and my foot is numb"
    assert part["denied"] is None


def test_history_and_general_questions_show_nothing_but_doubt_is_kept() -> None:
    assert all(p["plain"] is None for p in shown("I had a stroke years ago"))
    assert all(p["plain"] is None for p in shown("can sitting too long cause a clot?"))
    [part] = shown("not sure if her smile is crooked")
    assert part["uncertain"] is True


def test_each_stretch_is_also_shown_without_its_numbness_words() -> None:
    """Red-flag exemplars carry no numbness, so in a short story it would drown the sign."""
    [part] = shown("foot numb and dragging")
    assert "foot and dragging" in part["pieces"]
    [part] = shown("my calf is tight, pins and needles in my toes")
    assert "my calf is tight in my toes" in part["pieces"]  # "pins and needles" is one word
