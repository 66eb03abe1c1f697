"""The red-flag screen on pastimes, pets and charities, questions about which signs matter,
histories told as lists, and a leg that gives way or is hard after a crush.

False alarms, each a class: a game's characters hurt in play, a parrot repeating words, a
charity walk named for a condition, a phone dropped face down, a film named by a sign's word, a
weight one cannot lift, swimming strokes, a coach's word on form, "nearly wet myself", a ball
that leaks, a language learnt, a heart "normal, no pressure", "what symptoms after a knock
mean ER?", "last year I had a heart attack, chest pain and numb legs, stent, all good now", a
fall only feared. None may alarm; beside each class, guards show the same words told as an
event now still escalate. Missed signs, each a class too: a leg that "gives way" (any tense),
the leg lifted after sitting "on the sofa", a crushed leg "hard like wood" and hurting, a chest
pressure told after "not sure if related". Every case is written for this test (none is copied
from an evaluation set). The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "in our pathfinder campaign the paladin got paralysed by a ghoul and the wizard lost his "
        "voice to a spell, rough night",
        "my sim has a broken back after falling off the roof in the game lol",
        "our cockatiel keeps screeching 'help I can't breathe' since my nephew visited",
        "the talking doll says 'oh no I can't move my legs', the kids love it",
        "we're doing a stroke association fun run on sunday, tips for numb toes after long runs?",
        "bought a raffle ticket for the british heart foundation appeal",
        "left my tablet face down on the sofa and the screen cracked",
        "film club tonight is watching paralysed, a thriller, anyone seen it",
        "i can't lift more than 60 kilos on the bench yet, how do i get stronger",
        "my backstroke kick is sloppy, swim coach wants more drills",
        "trainer reckons my footwork is lazy, any drills for agility",
        "the dog barked so suddenly I almost wet myself, feet were a bit tingly earlier but fine",
        "the paddling pool has a slow leak and keeps going flat",
        "my german is so rusty I keep jumbling words, sorry if this reads weird",
        "toes tingled for a second after the long meeting, gone now. chest feels normal, no "
        "pressure or tightness",
        "my daughter does judo, which signs after a blow to the head would need A&E?",
        "two years ago I had a clot, swollen calf and numb foot, had injections, all fine now",
        "i'm 82 and worried i might fall, my feet have been numb for months",
        "getting better at front crawl, coach says I kick too hard, tips?",
        "any nice cycling routes to get my legs moving again after winter?",
        "mum's fine now: smile even, grip strong on both sides, her foot had just gone to sleep",
        "our budgie shrieks 'I can't breathe' whenever the kettle boils, so funny",
        "over two months the patch of reduced feeling on my shins has slowly got wider",
        "I can't find the words to thank you, the tips for my numb feet really helped",
        "my spaniel pulls a sad face when he sulks about not getting a walk, so cute",
        "the bookcase fell over last night, nobody hurt. how often should I stretch at my desk?",
        "had compartment syndrome playing hockey at college, had the surgery, legs fine for "
        "twelve years, can I start running?",
        "my tablet took a nasty tumble down the steps and the glass cracked, does the bot work "
        "on a cracked screen?",
        "so proud of my son's graduation I can't breathe! just sharing",
        "the finale was breathtaking, I literally forgot to breathe",
        "week two on the new pills: no numbness, no chest tightness, breathing's easy",
        "the wardrobe tipped over in the spare room last night, nobody hurt, it just fell on the "
        "carpet. how do I anchor it?",
        "the song Paralyzed has been stuck in my head all week",
        "I had compartment syndrome in my calf after a hockey injury at university, they "
        "operated, twelve years on I'm totally fine",
        "for my first aid training: if someone has numb legs after a fall from a ladder, do we "
        "call an ambulance?",
        "profits took a drop and I can't find the words to tell the team. are standing desks good?",
        "the motorway pile up on the news last night was awful, nobody hurt. can traffic jams make "
        "legs numb?",
    ],
)
def test_a_pastime_a_pet_a_charity_or_a_history_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Beside a game, a pet or a charity, one's own sign told now.
        "we were playing dnd and my husband's face started drooping, his leg is numb",
        "the parrot was squawking when I realised I can't breathe properly, my feet are numb",
        "at the stroke charity walk my mum's speech went slurred and her leg is numb",
        "dropped my phone face down and when I bent to get it my face went droopy on one side, "
        "leg numb",
        "i can't lift my leg since the deadlift this morning, it's numb",
        "swimming lesson done and now I have crushing chest pain and tingly feet",
        "my coach says it's nothing but I can't lift my foot at all and it's numb",
        "I laughed so hard and then wet myself without feeling it, my legs are numb",
        "which signs mean A&E? my dad's speech is slurred right now and his leg is numb",
        "last year I had a heart attack and now I have chest pain again and numb legs",
        "I'm worried I'll fall, I fell down the stairs an hour ago, hit my back and my legs are "
        "numb",
        "my daughter's leg is in a cast since yesterday, the pain is too strong and her toes are "
        "numb",
        "I can't find my words and my right leg has gone numb",
        "I knew what I wanted to say but couldn't find the words, and my feet are numb",
    ],
)
def test_one_s_own_sign_beside_them_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my leg is numb and when I stand up it gives way",
        "grandma's leg is numb, when she stand up the leg give way totally",
        "his knee keeps giving way and his foot is numb",
        "my father's leg is numb, he collapsed on the sofa and he cannot lift it",
        "I sat on the chair and now I cannot lift it, my leg is numb and heavy",
        "trapped my shin under the tractor, it's tense and hard like wood, the pain is insane and "
        "my foot tingles",
        "not sure if it's related but my feet tingle and my chest feels tight and heavy",
        "my foot is numb and I can't pull my foot up, it slaps the floor when I walk",
        "dad's toes catch on the carpet when he walks since this morning and his foot is numb",
        "the wardrobe fell over onto my back an hour ago and my legs are numb",
        "the shelf toppled onto his head and now his feet tingle",
        "after the flight I walked the tingling off, but now my calf is double the size of the "
        "other, warm and aching, and the tingling has come back",
        "probably slept funny but my leg is numb and when I try to raise it nothing happens",
        "for about an hour the whole left side of my body, from the shoulder down to my toes, "
        "has felt numb",
        "probably pulled something but my calf has gone fat and red and it's burning hot, foot "
        "all pins and needles",
        "when someone has a drooping face and numb legs, should I call 999? my husband has that "
        "right now",
        "the crash on the news reminded me, I was in a car crash an hour ago, my neck hurts and "
        "my legs tingle",
    ],
)
def test_a_leg_that_gives_way_a_hard_crushed_leg_or_a_doubted_link_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "the bike chain gave way on the hill, legs fine",
        "my calf was hard like a rock after the run, cramp, numb toes, gone now",
        "the right side of my body is fine but my left foot has been numb for weeks",
        "no pain, no swelling, calves not red or warm, feet a bit numb after the drive, gone now",
    ],
)
def test_a_chain_a_sofa_moved_or_a_cramp_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
