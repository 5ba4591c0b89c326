"""A news outlet that relays what someone said is the source of the report, as PolNeAR annotates it; the speaker
quoted inside keeps the quote of their own words (made-up sentences)."""
from __future__ import annotations

from conftest import body_quotes


def _voices(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text)]


def test_a_quotation_with_its_own_cue_closed_by_according_to_an_outlet_is_also_the_outlets_report():
    assert _voices("“We will not stage a walkout,” Ann Ortiz said, according to CNN.") == [
        ("CNN", "“We will not stage a walkout,” Ann Ortiz said"),
        ("Ann Ortiz", "We will not stage a walkout,"),
    ]


def test_a_clause_of_saying_closed_by_an_outlet_that_reported_is_the_outlets_report():
    assert _voices("The Ortiz campaign said the mayor will visit Tulsa on Saturday, CNN reported.") == [
        ("CNN", "The Ortiz campaign said the mayor will visit Tulsa on Saturday"),
        ("the Ortiz campaign", "the mayor will visit Tulsa on Saturday"),
    ]
    assert _voices("Ann Ortiz noted that the levy is central to the plan, reported the Washington Examiner.")[0] == (
        "Washington Examiner", "Ann Ortiz noted that the levy is central to the plan"
    )


def test_a_quotation_closed_by_according_to_an_outlets_report_is_that_reports():
    assert _voices("“We will not stage a walkout,” Ann Ortiz said, according to a CNN report.")[0] == (
        "CNN", "“We will not stage a walkout,” Ann Ortiz said"
    )


def test_a_relay_that_names_no_outlet_or_a_relay_not_closing_the_quote_leaves_the_quote_alone():
    # a public body, not a news outlet
    assert _voices("“We will not stage a walkout,” Ann Ortiz said, according to the FBI.") == [("Ann Ortiz", "We will not stage a walkout,")]
    # the outlet relays only the clause it closes, and one outlet does not relay another's report
    voices = _voices("In Tulsa, marchers honored the victims, KING-TV reported, while in Dayton Ann Ortiz said the parade was quiet, the Chicago Sun-Times reported.")
    assert ("KING-TV", "In Tulsa, marchers honored the victims") in voices
    assert not any(speaker == "Chicago Sun-Times" and "Tulsa" in words for speaker, words in voices)


def test_an_outlets_report_lends_no_speaker_to_the_quotation_after_it():
    voices = _voices("“We will not stage a walkout,” Ann Ortiz said, according to CNN. “It is of utmost importance.”")
    assert voices[-1] == ("Ann Ortiz", "It is of utmost importance.")


def test_an_outlet_inside_what_was_said_relays_nothing():
    # the outlet is the subject of a relative clause at the end of the content: the speaker's words run past it
    for sentence in (
        "The mayor said she would not comment on what Politico reported.",
        "The mayor said she had never seen the memo The Washington Post reported.",
        "Ann Ortiz said she would sue the network over a story CNN reported.",
        "The council said it was aware of the incident, which CNN first reported.",
    ):
        voices = _voices(sentence)
        assert voices and not any(speaker in ("Politico", "Washington Post", "CNN") for speaker, _ in voices), (sentence, voices)
    # a noun phrase in apposition to the clause ("a claim CNN reported") is no relay: no comma before the outlet
    assert not any(speaker == "CNN" for speaker, _ in _voices("Ann Ortiz said the story was false, a claim CNN reported."))


def test_an_outlet_that_closes_the_content_still_relays_it():
    assert _voices("Ann Ortiz said the levy will pass, CNN first reported.")[0] == ("CNN", "Ann Ortiz said the levy will pass")


def test_a_relayed_quote_is_counted_once_and_the_outlet_is_no_voice():
    from audit.compare.voices import outlet_voices
    from audit.story import claimed_spans
    from conftest import make_article

    from audit.quotes import quotes_in

    body = "“We will not stage a walkout,” Ann Ortiz said, according to CNN. “The vote is Friday,” said Tom Reyes, the council president."
    article = make_article("Title line\n\n" + body)
    quotes = quotes_in(article)
    assert [q.speaker.name for q in quotes if q.relays] == ["CNN"]  # the report the PolNeAR scorer reads
    voices = outlet_voices(article, quotes)
    assert [v.speaker.name for v in voices.voices] == ["Ann Ortiz", "Tom Reyes"]
    assert voices.first_voice.speaker.name == "Ann Ortiz"
    assert voices.quoted_words == 10 and voices.quotes == 2 and voices.quoted_share <= 1
    assert all("Ann Ortiz said" not in article.text[start:end] for start, end in claimed_spans(quotes))
    # a reported clause the outlet relays: the speaker's words count once, the outlet's report not at all
    article = make_article("Title line\n\nAnn Ortiz said the levy will pass, CNN reported.")
    voices = outlet_voices(article, quotes_in(article))
    assert [v.speaker.name for v in voices.voices] == ["Ann Ortiz"] and voices.quoted_share < 1


def test_an_outlets_own_attribution_holding_the_relayed_clause_is_no_voice():
    from audit.compare.voices import outlet_voices
    from conftest import make_article

    from audit.quotes import quotes_in

    article = make_article("Title line\n\nThe Ortiz campaign announced that it hired Tom Reyes, who ran the mayor's race, according to Politico.")
    quotes = quotes_in(article)
    assert [(q.speaker.name, q.relays) for q in quotes] == [("Politico", True), ("the Ortiz campaign", False)]
    voices = outlet_voices(article, quotes)
    assert [v.speaker.name for v in voices.voices] == ["the Ortiz campaign"] and voices.quoted_share < 1


def test_a_body_whose_name_a_listed_outlets_word_opens_is_no_outlet():
    for body in ("the Atlantic Council", "the Guardian Angels", "the Times Square Alliance", "the Post Office"):
        voices = _voices(f"“We will not stage a walkout,” Ann Ortiz said, according to {body}.")
        assert ("Ann Ortiz", "We will not stage a walkout,") in voices and not any(q.relays for q in body_quotes(
            f"“We will not stage a walkout,” Ann Ortiz said, according to {body}.")), (body, voices)
    # controls: an outlet's whole name, with the words that close a network's name, and a newspaper's nameplate
    for outlet, speaker in (("ABC News", "ABC News"), ("the Las Vegas Sun", "Las Vegas Sun"), ("the Times", "Times")):
        assert _voices(f"“We will not stage a walkout,” Ann Ortiz said, according to {outlet}.")[0][0] == speaker, outlet


def test_the_articles_own_outlet_relaying_is_no_voice():
    from audit.compare.voices import outlet_voices
    from conftest import make_article

    from audit.quotes import quotes_in

    article = make_article("Title line\n\n“We will not stage a walkout,” Ann Ortiz said, according to The New York Times.", outlet="The New York Times")
    voices = outlet_voices(article, quotes_in(article))
    assert [v.speaker.name for v in voices.voices] == ["Ann Ortiz"] and voices.first_voice.speaker.name == "Ann Ortiz"


def test_an_outlet_that_reported_on_a_weekday_written_with_its_capital_relays_the_clause():
    # "reported Tuesday": news writes the day without "on", and a weekday keeps its capital
    assert _voices("The Ortiz campaign said the mayor will visit Tulsa on Saturday, The New York Times reported Tuesday.")[0] == (
        "New York Times", "The Ortiz campaign said the mayor will visit Tulsa on Saturday"
    )
    # control: a capitalised word that is no day after "reported" is no time phrase of the relay
    assert not any(
        speaker == "CNN" for speaker, _ in _voices("The Ortiz campaign said the mayor will visit Tulsa on Saturday, CNN reported Ortiz.")
    )


def test_the_subject_of_a_passive_reported_by_an_outlet_is_the_outlets_report():
    assert _voices("The mayor's resignation was first reported by The Boston Globe.") == [("Boston Globe", "The mayor's resignation")]
    assert _voices("Her move to the consulting firm was reported by CNN on Monday.") == [("CNN", "Her move to the consulting firm")]


def test_a_passive_reported_by_no_outlet_or_of_a_pronoun_is_left_to_the_other_rules():
    # controls: police are no outlet; "which" and "It" are no thing reported
    assert _voices("The theft was reported by police on Monday.") == []
    assert _voices("It was first reported by The Boston Globe.") == []


def test_a_clause_before_a_passive_reported_by_an_outlet_is_not_the_outlets_report():
    # the review of r-qrelay: the clause before "the deal" is the narrator's, or another speaker's words
    assert not any(speaker == "Bloomberg" for speaker, _ in _voices("Shares fell after the deal was first reported by Bloomberg."))
    assert not any(speaker == "Politico" for speaker, _ in _voices("Ortiz resigned on Friday and her departure was first reported by Politico."))
    assert _voices("Mayor Ana Ortiz said the deal was first reported by Bloomberg.") == [("Ana Ortiz", "the deal was first reported by Bloomberg")]


def test_someones_remarks_reported_by_an_outlet_are_relayed_not_the_outlets_voice():
    quotes = body_quotes("Mayor Ana Ortiz's remarks to donors were first reported by Politico.")
    assert [(q.speaker.name, q.relays) for q in quotes] == [("Politico", True)]


def test_a_noun_phrase_subject_with_a_clause_word_inside_is_still_the_outlets_report():
    # the review of 38d150a: "that", "as", "which" inside a noun phrase open no clause before it
    assert _voices("The plan that Ortiz backed was first reported by Reuters.") == [("Reuters", "The plan that Ortiz backed")]
    assert _voices("The mayor’s plan to serve as chairman was first reported by Politico.") == [("Politico", "The mayor’s plan to serve as chairman")]


def test_a_companys_statements_reported_by_an_outlet_are_the_outlets_finding():
    quotes = body_quotes("The company’s misleading statements to investors were first reported by The Wall Street Journal.")
    assert [(q.speaker.name, q.relays) for q in quotes] == [("Wall Street Journal", False)]
