"""Tone toward a target: stance_toward on news-like sentences, its evidence, its errors and its shipped weights."""
from __future__ import annotations

import pytest

import audit.tone
from audit.stance import LABELS, MIX_KINDS, MODELS, SENTENCE_REACH, Stance, cue_kinds, features, model, sentence_around, stance_toward, within_reach


def mention(text: str, name: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


def test_stance_toward_is_re_exported_by_the_tone_module():
    assert audit.tone.stance_toward is stance_toward


def test_a_target_accused_and_condemned_is_negative():
    text = "Critics accused Smith of lying to investigators and condemned his corrupt, disgraceful conduct."
    stance = stance_toward(text, *mention(text, "Smith"))
    assert stance.label == "negative" and stance.score < 0


def test_a_target_praised_for_its_work_is_positive():
    text = "Voters praised Smith for her brave, generous leadership and thanked her for a great victory."
    stance = stance_toward(text, *mention(text, "Smith"))
    assert stance.label == "positive" and stance.score > 0


def test_a_plain_report_of_a_meeting_is_neutral():
    text = "Smith met the committee on Tuesday to discuss the schedule for next year's budget."
    assert stance_toward(text, *mention(text, "Smith")).label == "neutral"


def test_a_target_quoted_attacking_someone_else_is_not_cast_negatively():
    text = "“Jones is a liar and a disaster, a corrupt and dangerous man,” Smith said on Monday."
    speaker = stance_toward(text, *mention(text, "Smith"))
    attacked = stance_toward(text, *mention(text, "Jones"))
    assert speaker.label != "negative"
    assert "speaker" in speaker.cues
    assert attacked.label == "negative"


def test_the_speaker_of_reported_speech_is_read_without_what_it_reports():
    text = "Smith said the terrible scandal had destroyed Jones's career."
    found = dict((name, value) for name, value, _ in features(text, 0, 5, (0, len(text))))
    assert found["cue=speaker"] == 1.0
    assert not any(name in found for name in ("w=terrible", "w=scandal", "w=destroy"))


def test_object_of_a_verb_of_attack_is_a_cue():
    text = "The senator sharply criticized Smith over the delay."
    assert "object of attack" in stance_toward(text, *mention(text, "Smith")).cues


def test_evidence_points_into_the_text_and_drives_the_label():
    text = "Critics accused Smith of lying to investigators and condemned his corrupt, disgraceful conduct."
    stance = stance_toward(text, *mention(text, "Smith"))
    assert stance.drivers, "a label without evidence"
    assert all(driver.weight > 0 for driver in stance.drivers)
    assert [d.weight for d in stance.drivers] == sorted((d.weight for d in stance.drivers), reverse=True)
    for driver in stance.drivers:
        if driver.span is not None:
            a, b = driver.span
            assert 0 <= a < b <= len(text) and text[a:b].strip()


def test_result_is_frozen_and_probabilities_sum_to_one():
    text = "Smith won the race."
    stance = stance_toward(text, 0, 5)
    assert isinstance(stance, Stance) and stance.label in LABELS
    assert sum(stance.probabilities) == pytest.approx(1.0, abs=1e-3)
    assert stance.score == pytest.approx(stance.probabilities[2] - stance.probabilities[0], abs=1e-3)
    with pytest.raises(AttributeError):
        stance.label = "positive"  # type: ignore[misc]


def test_same_input_gives_the_same_result():
    text = "Jones, a fierce critic of the plan, mocked Smith as weak. Smith said nothing."
    first = [stance_toward(text, *mention(text, "Smith", k)) for k in (0, 1)]
    again = [stance_toward(text, *mention(text, "Smith", k)) for k in (0, 1)]
    assert first == again


def test_in_a_longer_text_only_the_mentions_sentence_is_read():
    text = "Title\n\nThe storm destroyed homes and killed dozens. Smith met the committee on Tuesday.\n\nMore text."
    start, end = mention(text, "Smith")
    sentence = sentence_around(text, start, end)
    assert text[sentence[0]:sentence[1]] == "Smith met the committee on Tuesday."
    assert stance_toward(text, start, end) == stance_toward(text, start, end, sentence=sentence)


@pytest.mark.parametrize(
    "start, end",
    [(-1, 3), (3, 3), (5, 2), (0, 999)],
)
def test_a_span_outside_the_text_is_a_clear_error(start, end):
    with pytest.raises(ValueError, match="inside the text"):
        stance_toward("Smith won the race.", start, end)


def test_a_mention_without_a_word_is_a_clear_error():
    with pytest.raises(ValueError, match="holds no word"):
        stance_toward("Smith — won.", 6, 7)


def test_a_sentence_that_does_not_hold_the_mention_is_a_clear_error():
    with pytest.raises(ValueError, match="must hold the mention"):
        stance_toward("Smith won. Jones lost.", 11, 16, sentence=(0, 10))


def test_text_that_is_not_a_string_is_a_clear_error():
    with pytest.raises(TypeError, match="as a str"):
        stance_toward(b"Smith won", 0, 5)  # type: ignore[arg-type]


def test_shipped_weights_load_offline_and_cite_their_source():
    weights = model()
    assert len(weights.bias) == len(MODELS) * len(LABELS)
    assert len(weights.weights) > 1000
    assert all(len(row) == len(MODELS) * len(LABELS) for row in weights.weights.values())
    assert weights.mix in MIX_KINDS and 0.0 < weights.mix_weight < 1.0
    header = " ".join(weights.header)
    assert "NewsMTSC" in header and "MIT" in header and "Felix Hamborg" in header
    assert "scripts/fit_stance.py" in header


def test_every_feature_inference_computes_for_a_rich_sentence_has_a_known_shape():
    text = "“He is a fraud,” Jones, a critic of Smith, told reporters, but Smith's allies praised him."
    names = [name for name, _, _ in features(text, *mention(text, "Smith"), (0, len(text)))]
    assert names == list(dict.fromkeys(names)), "a feature named twice"
    prefixes = ("w=", "c=", "n=", "t=", "L=", "R=", "cue=", "vader", "clause", "left", "right", "own", "rest", "other clauses")
    assert all(name.startswith(prefixes) for name in names)


def test_cue_stems_match_inflections_but_not_longer_words():
    assert "attack" in cue_kinds("criticized")
    assert "say" in cue_kinds("said")
    assert cue_kinds("criticizingly") == frozenset()


@pytest.mark.parametrize(
    "template",
    [
        "{a} praised {b} for the deal, but the GOP said it was a disaster.",
        "{a} told reporters that {b} had lied to the FBI.",
        "“This is a great day,” {a} said of {b}'s victory.",
    ],
)
def test_the_tone_toward_a_target_does_not_depend_on_whose_names_are_in_the_sentence(template):
    readings = []
    for a, b in (("Obama", "Trump"), ("Trump", "Obama"), ("Smith", "Jones")):
        text = template.format(a=a, b=b)
        readings.append(tuple(stance_toward(text, *mention(text, name)).probabilities for name in (a, b)))
    assert readings[0] == readings[1] == readings[2]


def test_acronyms_and_a_sentence_opening_name_are_names_not_words():
    text = "Obama said the NRA and the GOP had attacked Smith."
    names = {name for name, _, _ in features(text, *mention(text, "Smith"), (0, len(text)))}
    assert not any(name.endswith(("=obama", "=nra", "=gop")) for name in names)
    assert "w=said" in names and "w=attack" in names


@pytest.mark.parametrize(
    ("text", "name", "is_time"),
    [
        ("Markets fell on Monday, analysts said.", "Monday", True),
        ("The deadline is in September.", "September", True),
        ("The Sun reported the story first.", "Sun", False),  # an abbreviation that starts a weekday is a name here
        ("Smith spoke first.", "Smith", False),
    ],
)
def test_a_month_or_weekday_of_the_name_lexicon_is_read_as_a_time_mention(text, name, is_time):
    names = {feature for feature, _, _ in features(text, *mention(text, name), (0, len(text)))}
    assert ("cue=time" in names) is is_time


def test_a_mention_in_a_run_on_sentence_is_read_within_reach_of_it():
    # a page without full stops is one "sentence": each mention reads the words near it, not all of it
    words = "the council vote on the budget was delayed again and the mayor blamed Reyes for the delay "
    text = words * 400
    start, end = mention(text, "Reyes", 200)
    spans = [span for _, _, span in features(text, start, end, (0, len(text))) if span is not None]
    assert spans
    assert all(start - SENTENCE_REACH <= a and b <= end + SENTENCE_REACH for a, b in spans)


def test_a_sentence_within_reach_of_its_mention_is_read_whole():
    text = "Reyes said the plan, which the council approved " + "after a long and bitter debate " * 30 + "was a disgrace, he said."
    start, end = mention(text, "Reyes")
    assert len(text) - end <= SENTENCE_REACH < len(text)
    assert within_reach(text, start, end, (0, len(text))) == (0, len(text))


def test_a_run_on_sentence_is_cut_at_spaces_within_reach():
    text = "word " * 1000 + "Reyes " + "word " * 1000
    start, end = mention(text, "Reyes")
    s0, s1 = within_reach(text, start, end, (0, len(text)))
    assert start - SENTENCE_REACH <= s0 and s1 <= end + SENTENCE_REACH
    assert text[s0 - 1] == " " and text[s1] == " "
