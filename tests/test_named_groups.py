"""A group the article names person by person ("Mayor Ann Ortiz and Governor Tom Reyes said", "the two said" after
them) is named voices: each member counts as a named voice who spoke, and matches the member quoted alone in another
outlet (made-up sentences)."""
from __future__ import annotations

from conftest import body_quotes, make_article

from audit.compare.voices import outlet_voices, same_speaker, shared_voices, speaker_index_keys

_GROUP = "Mayor Ann Ortiz and Governor Tom Reyes said the bridge would reopen in May."


def test_a_group_of_named_people_is_named_and_names_its_members():
    (quote,) = body_quotes(_GROUP)
    assert (quote.speaker.name, quote.speaker.kind, quote.speaker.named) == ("Ann Ortiz and Tom Reyes", "group", True)
    assert [(m.name, m.kind, m.named) for m in quote.speaker.members] == [("Ann Ortiz", "person", True), ("Tom Reyes", "person", True)]
    (quote,) = body_quotes("Microsoft and Google said the rules would change.")
    assert quote.speaker.named and [m.name for m in quote.speaker.members] == ["Microsoft", "Google"]


def test_the_two_after_two_named_people_are_named_too():
    quotes = body_quotes("Ann Ortiz and Tom Reyes toured the plant on Monday.\n\n“It will close,” the two said.")
    assert quotes[-1].speaker.named and [m.name for m in quotes[-1].speaker.members] == ["Ann Ortiz", "Tom Reyes"]


def test_an_unnamed_group_stays_unnamed():
    # control: people the article does not name
    (quote,) = body_quotes("Three lawmakers said the bridge would reopen in May.")
    assert not quote.speaker.named
    quotes = body_quotes("“It will close,” the two said.")
    assert not quotes[-1].speaker.named


def test_each_member_of_a_named_group_counts_as_a_named_voice():
    text = "Title line\n\n" + _GROUP
    voices = outlet_voices(make_article(text), body_quotes(_GROUP))
    assert (voices.named, voices.anonymous) == (2, 0)
    # a member who also speaks alone is still one voice
    both = _GROUP + " Ortiz said the work was on schedule. A resident said it was late."
    voices = outlet_voices(make_article("Title line\n\n" + both), body_quotes(both))
    assert (voices.named, voices.anonymous) == (2, 1)


def test_a_member_quoted_alone_in_another_outlet_is_a_shared_voice():
    group = body_quotes(_GROUP)
    alone = body_quotes("The bridge will reopen in May, Tom Reyes said on Tuesday.")
    assert same_speaker(group[0].speaker, alone[0].speaker)
    assert speaker_index_keys(group[0].speaker)[0] & speaker_index_keys(alone[0].speaker)[1]
    assert [(s.name, [a for a, _n, _q in s.appearances]) for s in shared_voices([group, alone])] == [("Tom Reyes", [0, 1])]


def test_someone_outside_the_group_is_no_shared_voice():
    # control: another person quoted alone matches no member
    group = body_quotes(_GROUP)
    other = body_quotes("The bridge will reopen in May, Gus Brandt said on Tuesday.")
    assert not same_speaker(group[0].speaker, other[0].speaker)
    assert shared_voices([group, other]) == ()


def test_the_scores_table_counts_each_member_of_a_named_group_as_a_named_voice():
    # review: `audit score` gave voices_named 0 for "Mayor Ann Ortiz and Governor Tom Reyes said"
    from audit.story import score_articles
    from audit.tables import scores_table

    articles = [make_article("Title line\n\n" + _GROUP, id="a.txt"), make_article("Title line\n\nThree lawmakers said the bridge was late.", id="b.txt")]
    table = scores_table(score_articles(articles))
    assert table[["voices", "voices_named"]].values.tolist() == [[2, 2], [1, 0]]
