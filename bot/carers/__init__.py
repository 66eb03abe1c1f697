"""The opt-in carer link: invites, acceptance, and what a carer is told (emergencies, and foot
checks unanswered for days when the person turns that on). Nothing else about the person."""
