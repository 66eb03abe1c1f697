"""A typed message read once for everything after the red-flag screen: story, guide, decision.

The language model reads the message once for both, its typos put right (`FaqIndex.meaning_of`):
the same vector places it among the guide's entries (bot.faq) and among the story levels
(bot.stories.levels). Pooling the screen's own sentence runs instead would save that run, but
measured it answered 3 to 14 fewer questions per set directly: the screen reads normalised words,
the guide's entries were embedded from text as written.

Reading needs no verdict of the screen, so the shell reads the message (`read_message`) on a
thread of its own while the screen's model half runs, and only the decision (`understand`, a
fraction of a millisecond once the reading is there) waits for the verdict. Pure; callers on an
event loop run `read_message` in a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.faq.answer import Band, Reply, answer, small_talk
from bot.faq.index import FaqIndex
from bot.stories.cues import Cues, read_cues
from bot.stories.levels import Story, StoryReader
from bot.stories.route import Decision, Step, decide
from bot.triage.findings import Detection, Screen


@dataclass(frozen=True)
class Reading:
    """What a message says, before the screen's verdict is known: its cues, the guide's reply
    and the story it tells (None for small talk, which has neither)."""

    cues: Cues
    reply: Reply
    story: Story | None


@dataclass(frozen=True)
class Understanding:
    decision: Decision
    reply: Reply
    story: Story | None
    cues: Cues


def read_message(text: str, index: FaqIndex, stories: StoryReader) -> Reading:
    cues = read_cues(text)
    kind = small_talk(text)
    if kind is not None:
        return Reading(cues, Reply(Band.SMALL_TALK, small_talk=kind), None)
    vector = index.meaning_of(text)
    return Reading(cues, answer(index, text, vector), stories.read(text, vector, cues))


def understand(
    text: str,
    detection: Detection,
    index: FaqIndex,
    stories: StoryReader,
    reading: Reading | None = None,
) -> Understanding:
    """The decision on `text` given the screen's verdict; `reading` when it was read already."""
    if detection.screen is Screen.EMERGENCY:
        cues = reading.cues if reading is not None else read_cues(text)
        nothing = Reply(Band.NOT_COVERED)
        return Understanding(decide(detection, None, cues, nothing), nothing, None, cues)
    if reading is None:
        reading = read_message(text, index, stories)
    if reading.reply.band is Band.SMALL_TALK:
        return Understanding(Decision(Step.SMALL_TALK), reading.reply, None, reading.cues)
    story, cues, reply = reading.story, reading.cues, reading.reply
    decision = decide(detection, story, cues, reply, stories.entries)
    return Understanding(decision, reading.reply, reading.story, reading.cues)
