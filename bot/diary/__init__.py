"""The numbness diary's rules, pure: what a day's entry holds and which of the guide's reasons to
see a healthcare provider a run of entries shows. No telegram, SQL or clock: the day is given."""
