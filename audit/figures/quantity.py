"""A quantity being read: the working record that each reading step fills in, before it becomes a ``Figure``."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Quantity:
    """A number being parsed: token range, interval and what is known of its unit.

    ``first``/``last`` are token indices of the sentence (``last`` inclusive); ``low``/``high``
    the value as stated; ``integer`` says it was written without decimals; ``vague`` marks a
    word amount ("dozens"), ``scaled`` a scale word or suffix ("million", "bn"), ``worded`` a
    number written in words. ``role`` is ``from``/``to`` for the ends of a change, ``change``
    for the amount of a change ("added $50 billion") and ``same_as`` for a conversion in brackets. ``comparison`` names the comparison the figure is
    the reference of ("more than the $5.7 billion he demanded": ``more_than``), not a qualifier; ``against`` is the
    second side of a tally ("251-174": 174). ``noun`` is where the counted noun is written (the
    words before its head and the head: "specialized Nvidia chips", "U.S. service members"), ``None``
    when the count writes none ("13,000" whose noun coordination leaves out).
    """

    first: int
    last: int  # inclusive token index
    low: float
    high: float
    integer: bool
    vague: bool = False
    scaled: bool = False
    currency: str = ""
    kind: str = ""
    unit: str = ""
    qualifier: str = ""
    low_open: bool = False
    high_open: bool = False
    direction: str = ""
    role: str = ""
    relative: bool = False
    worded: bool = False
    comparison: str = ""
    against: float | None = None
    inferred_year: tuple[int, int, str] | None = None  # (month, day, part) of a date whose year was not written
    noun: tuple[int, int] | None = None  # token range (first, last inclusive) of the counted noun phrase, ending at its head
