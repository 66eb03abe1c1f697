"""The words for animals and the places they are kept, for the screen's reading of whose clause
it is (bot.triage.animals). Language, not medicine; re-exported by lexicon.py.
"""

from __future__ import annotations

# A clause about an animal and no person: "our puppy lost control of his bladder" asks, at most,
# while "the horse threw her and she landed on her back" is as urgent as ever.
ANIMALS = (
    "dog puppy pup cat kitten pet horse pony cow sheep goat rabbit hamster parrot budgie labrador "
    "spaniel terrier poodle collie retriever beagle pug husky dachshund greyhound whippet bulldog "
    "chihuahua alsatian labradoodle cockapoo cockatiel tortoise ferret gerbil donkey hound basset "
    "pooch mutt doggo doggy moggy kitty bunny"
)
# Where an animal's part shares a person's name ("one of our calves"): a clause on the farm or at
# the vet's, with no person or anyone's own ("my", "his") in it, is about the animals.
ANIMAL_PLACES = "farm vet vets herd cattle livestock calving barn paddock flock"
