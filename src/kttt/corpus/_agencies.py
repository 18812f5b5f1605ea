"""Agency matching for queries: names, aliases and groups, accent-insensitive.

The registry (:mod:`kttt.agencies`) knows aliases (``Liên minh HTX tỉnh``)
and which bodies a collective (*các sở, ban, ngành*) stands for.  The corpus
asks it once per distinct agency and query, never once per task.
"""

from __future__ import annotations

from kttt.agencies import covers, matches

__all__ = ["covers", "matches"]
