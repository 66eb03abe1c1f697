"""The guide as validated data: sections, FAQ, triage rules, emergency numbers, reminder texts.

Everything the bot says about health comes from `content/`, and everything in `content/` traces back
to a passage of the guide; `load_content()` refuses content that does not. Handlers and the pure
core (triage, FAQ retrieval, reminders) take a `Content` and never read the YAML themselves.
"""

from bot.content.guide import Guide, load_guide, normalise
from bot.content.loader import DEFAULT_CONTENT_DIR, ContentError, load_content, summary
from bot.content.models import (
    AppointmentCriterion,
    ChecklistItem,
    Content,
    EmergencyNumber,
    EmergencyNumbers,
    EmergencySign,
    FaqEntry,
    FootInspection,
    MovementPrompt,
    OtherNumber,
    Outcome,
    Outcomes,
    Reminders,
    Section,
    SelfCareItem,
    Topic,
    Triage,
)

__all__ = [
    "DEFAULT_CONTENT_DIR",
    "AppointmentCriterion",
    "ChecklistItem",
    "Content",
    "ContentError",
    "EmergencyNumber",
    "EmergencyNumbers",
    "EmergencySign",
    "FaqEntry",
    "FootInspection",
    "Guide",
    "MovementPrompt",
    "OtherNumber",
    "Outcome",
    "Outcomes",
    "Reminders",
    "Section",
    "SelfCareItem",
    "Topic",
    "Triage",
    "load_content",
    "load_guide",
    "normalise",
    "summary",
]
