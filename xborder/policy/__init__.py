"""Regional policy: sourced statutory facts per region, store-policy checks, reply notes, triage.

``get_profile(resources, "DE")`` returns a frozen :class:`Profile` whose facts
each carry a value, the law behind it and the date it was last reviewed.
"""
from __future__ import annotations

from .profiles import (Fact, Profile, ProfileNotFoundError, effective_profile, get_profile,
                       profile_regions, region_fact)

__all__ = ["Fact", "Profile", "ProfileNotFoundError", "effective_profile", "get_profile",
           "profile_regions", "region_fact"]
