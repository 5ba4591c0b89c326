"""Web debris: spans of scraped text that are not part of the article.

The rules are data (``lexicons/debris.csv``); this module applies them and
returns the excluded spans. The text itself is never changed. Tag soup (a line
of keywords run together, "artificial intelligenceBeijingChinaChinese...") and a
repeated headline and another story's headline linked in capitals are recognised by shape
rather than by pattern.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import data_lines
from .model import Removed, Span
from .text import title_case_line

_GLUED_CASE_RE = re.compile(r"[a-z][A-Z]")
_SENTENCE_PUNCT_RE = re.compile(r"[.!?]\s")
_YOU_RE = re.compile(r"\b(you|your)\b", re.IGNORECASE)
_OUTLET_RE = re.compile(
    r"(?:originally|first) (?:appeared|published|ran) (?:in|on|by) (?:the )?(?P<outlet>[^(,.…]+?)\s*(?:\(|,|\.|…|$)",
    re.IGNORECASE,
)
_TEASER_MAX_WORDS = 30


@dataclass(frozen=True)
class DebrisRule:
    name: str
    scope: str
    pattern: re.Pattern[str]
    description: str


@dataclass(frozen=True)
class DebrisFound:
    removed: tuple[Removed, ...]
    outlet: str  # named by the debris itself ("originally appeared in X", a trailing domain), else ""


@lru_cache(maxsize=1)
def debris_rules() -> tuple[DebrisRule, ...]:
    """The rules of ``lexicons/debris.csv``, in file order."""
    rows = csv.DictReader(data_lines("debris.csv"))
    rules = []
    for row in rows:
        flags = re.IGNORECASE
        pattern = row["pattern"] if row["scope"] == "inline" else rf"(?:{row['pattern']})"
        rules.append(DebrisRule(row["rule"], row["scope"], re.compile(pattern, flags), row["description"]))
    return tuple(rules)


def rule_descriptions() -> dict[str, str]:
    """Rule name → plain description, for the report's methods section."""
    described = {rule.name: rule.description for rule in debris_rules()}
    described["tag_soup"] = "a line of tags or keywords run together without spaces"
    described["repeated_title"] = "the headline printed again inside the body"
    described["shouted_headline"] = "another story's headline in capitals, linked between paragraphs"
    return described


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's stripped content; blank lines are skipped."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return spans


_SHOUTED_MIN_WORDS = 5
_SHOUTED_ENDS = (".", "?", "!", ";", ":", ",")
_QUOTE_MARKS = "\"“”‘’'"


def _is_shouted_headline(line: str) -> bool:
    """A line of five words or more in capitals, with no lower-case letter, that ends as no sentence
    or heading does: another story's headline linked between paragraphs ("BIDEN ADMIN ACCUSED OF
    ‘STONEWALLING’ GOP ON KEY AFGHANISTAN WITHDRAWAL CABLE: ‘IT RAISES MY SUSPICION’", as Fox News,
    Fox Business and the Washington Examiner print them). A numbered heading ("1. WHAT TRUMP'S
    IMMIGRATION WAFFLING REFLECTS.") or a question heading ("WHY IS BIDEN TAPPING THE RESERVE?")
    ends with punctuation, and a subhead quoting the story is in quote marks: they stay."""
    words = line.split()
    return (
        len(words) >= _SHOUTED_MIN_WORDS
        and not any(c.islower() for c in line)
        and sum(c.isupper() for c in line) >= 3 * len(words)
        and not line.rstrip(" ’'\"”").endswith(_SHOUTED_ENDS)
        and not words[0].rstrip(".").isdigit()
        and not (line[0] in _QUOTE_MARKS and line[-1] in _QUOTE_MARKS)  # a subhead quoting the story: "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”"
        and any(len(word.strip(_QUOTE_MARKS + ",:")) >= 4 for word in words)  # "NFL NBA MLB NHL MLS" is a list of acronyms
        and words[0] != "BY"  # a byline
    )


def _written_in_capitals(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether most lines of ``text`` hold no lower-case letter: a wire bulletin written in capitals
    throughout has no shouted line of its own. Read only for a line shaped as a shouted headline."""
    return 2 * sum(1 for start, end in lines if any(c.islower() for c in text[start:end])) < len(lines)


def _is_tag_soup(line: str) -> bool:
    return len(line) >= 40 and len(_GLUED_CASE_RE.findall(line)) >= 4 and not _SENTENCE_PUNCT_RE.search(line) and not line.rstrip().endswith(".")


def find_debris(text: str, title_span: Span | None = None) -> DebrisFound:
    """Every debris span of ``text`` with the rule that matched it.

    >>> found = find_debris("Title\\nBody text here.\\nComments (0)\\nnrc.nl")
    >>> [(r.rule, r.text) for r in found.removed], found.outlet
    ([('comments', 'Comments (0)'), ('trailing_domain', 'nrc.nl')], 'nrc.nl')
    """
    rules = debris_rules()
    lines = _lines(text)
    title = text[title_span.start:title_span.end].strip() if title_span else ""
    removed: list[Removed] = []
    outlet = ""
    taken: set[int] = set()
    for i, (start, end) in enumerate(lines):
        if title_span and start < title_span.end and title_span.start < end:
            continue
        line = text[start:end]
        rule = _line_rule(line, rules)
        if rule is None:
            if title and line == title:
                rule_name = "repeated_title"
            elif _is_tag_soup(line):
                rule_name = "tag_soup"
            elif _is_shouted_headline(line) and not _written_in_capitals(text, lines):
                rule_name = "shouted_headline"
            else:
                continue
        else:
            rule_name = rule.name
            if rule.name == "trailing_domain" and i != len(lines) - 1:
                continue  # a domain in mid-article may be a real one-word line
        removed.append(Removed(start, end, rule_name, line))
        taken.add(i)
        if rule_name == "originally_appeared":
            match = _OUTLET_RE.search(line)
            outlet = outlet or (match.group("outlet").strip() if match else "")
        elif rule_name == "trailing_domain":
            outlet = outlet or line.lower().removeprefix("www.")
        elif rule is not None and rule.scope == "teaser" and i + 1 < len(lines):
            n_start, n_end = lines[i + 1]
            teaser = text[n_start:n_end]
            if len(teaser.split()) <= _TEASER_MAX_WORDS or any(
                r.scope == "inline" and r.pattern.search(teaser) for r in rules
            ):
                removed.append(Removed(n_start, n_end, rule_name, teaser))
                taken.add(i + 1)
        elif rule is not None and rule.scope == "box":
            # a box of linked headlines ("Related:" then one story's headline per line), written in title case
            following = i + 1
            while following < len(lines) and title_case_line(text[lines[following][0]:lines[following][1]]):
                f_start, f_end = lines[following]
                removed.append(Removed(f_start, f_end, rule_name, text[f_start:f_end]))
                taken.add(following)
                following += 1
    inline_rules = [r for r in rules if r.scope == "inline"]
    for i, (start, end) in enumerate(lines):
        if i in taken or (title_span and start < title_span.end and title_span.start < end):
            continue
        for rule in inline_rules:
            for match in rule.pattern.finditer(text, start, end):
                removed.append(Removed(match.start(), match.end(), rule.name, match.group()))
    removed.sort(key=lambda r: (r.start, r.end))
    # a teaser line may also have matched a line rule of its own: keep one removal per span
    unique: list[Removed] = []
    for item in removed:
        if unique and item.start < unique[-1].end:
            continue
        unique.append(item)
    return DebrisFound(tuple(unique), outlet)


def _line_rule(line: str, rules: tuple[DebrisRule, ...]) -> DebrisRule | None:
    for rule in rules:
        if rule.scope in ("line", "teaser", "box"):
            if rule.pattern.fullmatch(line):
                return rule
        elif rule.scope == "promo":
            if len(line.split()) <= 80 and _YOU_RE.search(line) and rule.pattern.fullmatch(line):
                return rule
    return None
