"""Who is someone of ours, as a message names them after "my" or "our": the folds that read a
sign told of such a person ("my grandma has no air", bot.triage.told_signs) and the rule that a
message naming one is about a live story (bot.triage.not_medical) share this one list. Pure.
"""

from __future__ import annotations

RELATIVES = (
    r"(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|child|kid|baby|brother|"
    r"sister|friend|boyfriend|girlfriend|uncle|aunt|nan|gran|granny|grandma|grandad|grandpa|"
    r"grandmother|grandfather|neighbour|neighbor|colleague|boss|flatmate)"
)
