"""A typed message read once for everything after the red-flag screen: story, guide, decision.

The language model reads the message once for both, its typos put right (`FaqIndex.meaning_of`;
`Detection.meaning`, embedded beside the red-flag screen's model half by the shell): the same
vector places it among the guide's entries (bot.faq) and among the story levels
(bot.stories.levels). Pooling the screen's own sentence runs instead would save that run, but
measured it answered 3 to 14 fewer questions per set directly: the screen reads normalised words,
the guide's entries were embedded from text as written. Pure;
callers on an event loop run `understand` in a worker thread.
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
class Understanding:
    decision: Decision
    reply: Reply
    story: Story | None
    cues: Cues


def understand(
    text: str, detection: Detection, index: FaqIndex, stories: StoryReader
) -> Understanding:
    cues = read_cues(text)
    if detection.screen is Screen.EMERGENCY:
        return Understanding(
            decide(detection, None, cues, Reply(Band.NOT_COVERED)),
            Reply(Band.NOT_COVERED),
            None,
            cues,
        )
    kind = small_talk(text)
    if kind is not None:
        reply = Reply(Band.SMALL_TALK, small_talk=kind)
        return Understanding(Decision(Step.SMALL_TALK), reply, None, cues)
    vector = detection.meaning if detection.meaning is not None else index.meaning_of(text)
    story = stories.read(text, vector, cues)
    reply = answer(index, text, vector)
    decision = decide(detection, story, cues, reply, stories.self_care_entries)
    return Understanding(decision, reply, story, cues)
