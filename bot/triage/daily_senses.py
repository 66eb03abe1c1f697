"""A sign's words in the sense a busy day gives them: folds run at the end of
bot.triage.other_senses, on the lowercased text without apostrophes.

"Drowning in deadlines and can't breathe with all this work" is work that swamps; "I have 'heart
attack' when I see the price of shoes" a price that shocks; "my cat knocked my plant over and
there's soil everywhere" a plant's soil; "first aid kit inventory, bandages splints etc" a kit's
stock. None is anyone's breath, chest, bowels or cast. Each fold takes only its own phrase:
"I can't breathe with all this work and my chest is crushing" keeps its chest, a breath lost
"with all this work" and a numb leg in the same clause are read as ever, "I soiled myself"
and "soil myself" are read as ever, and so is a bandage told on a leg ("first aid kit came out,
the bandage on his leg is too tight and his toes are numb"). Probes and guards in
tests/unit/test_busy_days_and_examples.py. Pure.
"""

from __future__ import annotations

DAILY_SENSES: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:couldnt|was cant|cant) breathe (?:with|under|for) (?:all )?(?:this|the|these|my|"
        r"that) (?:\w+ )?(?:work|deadlines?|homework|exams?|assignments?|emails?|workload|"
        r"paperwork|admin|meetings?)\b(?![^.!?,;]*\b(?:numb\w*|tingl\w*|dead|weak\w*)\b)",
        "am swamped",
    ),
    (
        r"\bheart attack(?= when (?:i|we|he|she|you|they) (?:see|saw|sees|look at|looked at|open|"
        r"opened|get|got|check|checked) (?:the|my|his|her|our|their|that|this) (?:\w+ )?(?:prices?|"
        r"bills?|costs?|receipts?|invoices?|statements?|quotes?|fees?)\b)",
        "a fright",
    ),
    (
        r"^(?=[\s\S]*\b(?:plants?|pots?|potting|garden\w*|compost|repot\w*|seedlings?|flower ?beds?"
        r"|allotment)\b)([\s\S]*?)\bsoil\b(?! (?:myself|himself|herself|themselves|my|his|her|"
        r"their|the bed|pants|trousers|underwear|nappy|diaper)\b)",
        r"\1dirt",
    ),
    (
        r"^(?=[\s\S]*\bfirst aid (?:kits?|box|bag|supplies|inventory|stock|cupboard)\b)([\s\S]*?)"
        r"\b(?:bandages?|splints?|slings?|dressings?)(?:,? (?:and )?(?:bandages?|splints?|slings?|"
        r"dressings?|plasters?|gauze|tape))+\b",
        r"\1supplies",
    ),
)
