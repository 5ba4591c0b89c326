"""Figures against the gold reading of the seeds (tests/gold/figures.json): the acceptance criteria of issue 4."""
from __future__ import annotations

import re

import pytest

from audit.compare.figures import Fact, compare_figures
from audit.figures import Figure, figures_in

QUALIFIER_NAMES = {"approximately": "about", "around": "about", "about": "about"}


def gold_qualifier(mention: dict) -> str:
    raw = mention.get("qualifier", "") or ""
    return QUALIFIER_NAMES.get(raw, raw.replace(" ", "_"))


def gold_span(text: str, surface: str) -> tuple[int, int]:
    start = text.find(surface)
    assert start >= 0, surface
    return start, start + len(surface)


@pytest.fixture(scope="module")
def facts(seed_articles) -> tuple[Fact, ...]:
    return compare_figures(seed_articles, [figures_in(a) for a in seed_articles])


@pytest.fixture(scope="module")
def figures_by_article(seed_articles) -> dict[str, tuple[Figure, ...]]:
    return {a.id: figures_in(a) for a in seed_articles}


def figure_at(figures: tuple[Figure, ...], span: tuple[int, int]) -> Figure | None:
    """The figure overlapping the gold span most ("more than 90% over 12 months" holds two)."""
    def overlap(f: Figure) -> int:
        return min(f.span.end, span[1]) - max(f.span.start, span[0])

    hits = [f for f in figures if overlap(f) > 0]
    return max(hits, key=overlap) if hits else None


def fact_of(facts, article_id: str, span: tuple[int, int]) -> Fact | None:
    for fact in facts:
        for m in fact.mentions:
            if m.article_id == article_id and m.figure.span.start < span[1] and span[0] < m.figure.span.end:
                return fact
    return None


def multi_outlet(gold_figures) -> list[dict]:
    return [f for f in gold_figures["facts"] if len({m["article"] for m in f["mentions"]}) > 1]


def test_every_multi_outlet_fact_is_grouped_with_exactly_its_mentions(gold_figures, seeds_by_id, facts):
    for gold in multi_outlet(gold_figures):
        spans = {(m["article"], gold_span(seeds_by_id[m["article"]].text, m["surface"])) for m in gold["mentions"]}
        found = {id(fact_of(facts, article, span)) for article, span in spans}
        fact = fact_of(facts, *next(iter(spans)))
        assert fact is not None and len(found) == 1, f"{gold['id']}: mentions spread over {len(found)} facts"
        assert len(fact.mentions) == len(gold["mentions"]), f"{gold['id']}: {[m.figure.surface for m in fact.mentions]}"


@pytest.mark.parametrize("fact_id, verdict", [("openai_training_cost", "conflict"), ("alibaba_ai_pledge", "agree_after_conversion"), ("liang_age", "agree")])
def test_named_verdicts(gold_figures, seeds_by_id, facts, fact_id, verdict):
    gold = next(f for f in gold_figures["facts"] if f["id"] == fact_id)
    first = gold["mentions"][0]
    fact = fact_of(facts, first["article"], gold_span(seeds_by_id[first["article"]].text, first["surface"]))
    assert fact is not None and fact.verdict == verdict, fact


def test_no_other_gold_fact_is_a_conflict(gold_figures, seeds_by_id, facts):
    for gold in gold_figures["facts"]:
        if gold["verdict"] == "conflict":
            continue
        for m in gold["mentions"]:
            fact = fact_of(facts, m["article"], gold_span(seeds_by_id[m["article"]].text, m["surface"]))
            assert fact is None or fact.verdict != "conflict", (gold["id"], fact.note)


def test_the_seeds_hold_exactly_one_conflict(facts):
    # precision: besides the gold conflict, nothing in the five seeds may be called a conflict
    assert [f.verdict for f in facts].count("conflict") == 1


def test_no_not_figure_string_is_reported_as_a_figure(gold_figures, seed_articles, figures_by_article):
    for article in seed_articles:
        for example in gold_figures["not_figures"]["examples"]:
            numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", example)}
            for match in re.finditer(re.escape(example), article.text):
                for f in figures_by_article[article.id]:
                    overlaps = f.span.start < match.end() and match.start() < f.span.end
                    assert not (overlaps and {f.stated_low, f.stated_high} & numbers), (article.id, example, f.surface)


def test_every_single_source_gold_figure_is_found_with_value_unit_and_qualifier(gold_figures, seeds_by_id, figures_by_article, facts):
    for gold in gold_figures["facts"]:
        if gold["verdict"] != "single_source":
            continue
        for m in gold["mentions"]:
            span = gold_span(seeds_by_id[m["article"]].text, m["surface"])
            f = figure_at(figures_by_article[m["article"]], span)
            assert f is not None, (gold["id"], m["surface"])
            value = m["value"] if isinstance(m["value"], list) else [m["value"], m["value"]]
            assert [f.stated_low, f.stated_high] == pytest.approx(value), (gold["id"], f)
            assert f.unit == m["unit"], (gold["id"], f.unit)
            assert f.qualifier == gold_qualifier(m), (gold["id"], f.qualifier)
            fact = fact_of(facts, m["article"], span)
            assert fact is not None and fact.verdict == "single_source", (gold["id"], fact)


def test_subsets_of_the_seeds_find_no_other_conflict_and_group_alike(seed_articles):
    """Alignment must not depend on which other articles are in the set (2 or 3 of the seeds)."""
    import itertools

    found = {a.id: figures_in(a) for a in seed_articles}
    full = {
        frozenset((m.article_id, m.figure.span.start) for m in fact.mentions): fact.verdict
        for fact in compare_figures(seed_articles, [found[a.id] for a in seed_articles])
    }
    for size in (2, 3):
        for subset in itertools.combinations(seed_articles, size):
            ids = {a.id for a in subset}
            for fact in compare_figures(subset, [found[a.id] for a in subset]):
                if fact.verdict == "single_source":
                    continue
                key = frozenset((m.article_id, m.figure.span.start) for m in fact.mentions)
                # a fact of a subset is the full set's fact restricted to the subset's articles
                assert any(key == frozenset(k for k in whole if k[0] in ids) and verdict == fact.verdict for whole, verdict in full.items()), key


# -- every mention of every multi-outlet fact, changed in turn, is flagged

_MONTHS = "January February March April May June July August September October November December".split()
_WORDS = {"forty": "seventy", "twenty": "ninety", "ten": "thirty"}


def changed_clearly(surface: str) -> str:
    """``surface`` with its numbers moved well outside any rounding or qualifier: a date five months
    later, a year 30 years earlier, other numbers times three, number words to larger ones."""
    import re as _re

    def number(match: _re.Match) -> str:
        written = match.group()
        value = float(written.replace(",", ""))
        if 1900 <= value <= 2100 and "," not in written and "." not in written:
            return str(int(value) - 30)
        tripled = value * 3
        decimals = len(written.split(".")[1]) if "." in written else 0
        return f"{tripled:,.{decimals}f}" if "," in written else f"{tripled:.{decimals}f}"

    for index, month in enumerate(_MONTHS):
        if month in surface:
            return surface.replace(month, _MONTHS[(index + 5) % 12])  # a date: five months later
    changed = _re.sub(r"\d[\d,]*(?:\.\d+)?", number, surface)
    for word, other in _WORDS.items():
        changed = _re.sub(rf"\b{word}\b", other, changed, flags=_re.IGNORECASE)
    assert changed != surface, surface
    return changed


def test_changing_any_mention_of_a_multi_outlet_fact_is_flagged_as_its_conflict(gold_figures, seed_articles, tmp_path):
    import shutil

    from audit import load
    from conftest import SEEDS

    missed = []
    for gold in multi_outlet(gold_figures):
        for mention in gold["mentions"]:
            folder = tmp_path / f"{gold['id']}_{gold['mentions'].index(mention)}"
            shutil.copytree(SEEDS, folder)
            path = folder / mention["article"]
            text = path.read_text(encoding="utf-8")
            new = changed_clearly(mention["surface"])
            at = text.index(mention["surface"])
            path.write_text(text[:at] + new + text[at + len(mention["surface"]) :], encoding="utf-8")
            articles = load([folder]).articles
            by_id = {a.id: a for a in articles}
            facts = compare_figures(articles, [figures_in(a) for a in articles])
            changed_span = gold_span(by_id[mention["article"]].text, new)
            fact = fact_of(facts, mention["article"], changed_span)
            others = [
                (m["article"], gold_span(by_id[m["article"]].text, m["surface"])) for m in gold["mentions"] if m is not mention and m["article"] != mention["article"]
            ]
            flagged = fact is not None and fact.verdict == "conflict" and any(fact_of([fact], *other) is fact for other in others)
            if not flagged:
                missed.append(f"{gold['id']}: {mention['surface']!r} -> {new!r}: {fact.verdict if fact else None}")
    # Known misses, kept in view: the two outlets date DeepSeek's R1 model in clauses that share no
    # word but the month ("unveiled in late January", "the release of DeepSeek's new model on
    # January 20"), and the month is the value: with it changed, nothing in their words says they
    # are the same date. The test fails when one of these starts to be flagged (then drop it here)
    # and when any other change is missed.
    known = {"r1_release: 'late January' -> 'late June'", "r1_release: 'January 20' -> 'June 20'"}
    assert {m.rsplit(":", 1)[0] for m in missed} == known, "\n".join(missed)
