"""Kinds of source in constructions of US political news that PolNeAR's train split showed the lens
getting wrong (benchmarks/bench_kinds.py measures them), one construction per test, each with a control
the rule must leave alone (made-up sentences)."""
from __future__ import annotations

from conftest import body_quotes, make_article

from audit.quotes import quotes_in


def _kinds(text: str, published: str = "") -> list[tuple[str, str]]:
    """(speaker, kind of source) of every quote of an article with ``text`` as its body, undated unless ``published``."""
    return [(q.speaker.name if q.speaker else "", q.speaker.category if q.speaker else "") for q in body_quotes(text, published=published)]


def test_a_person_whose_campaign_the_article_names_is_a_candidate():
    assert _kinds("Hillary Clinton spoke in Ohio. The Clinton campaign raised money. “We will win,” Clinton said.") == [
        ("Hillary Clinton", "politics")
    ]
    # a campaign against something is no candidacy; an office the article gives still comes first
    assert _kinds("Barack Obama spoke. Obama's campaign against the Islamic State goes on. “We will win,” Obama said.") == [
        ("Barack Obama", "government")
    ]
    assert _kinds("Sen. Bernie Sanders spoke. The Sanders campaign raised money. “We will win,” Sanders said.") == [
        ("Bernie Sanders", "government")
    ]
    # in a dated article a sitting senator by the officeholders' list holds office while running
    text = "Ted Cruz spoke in Iowa. The Cruz campaign raised money. “We will win,” Cruz said."
    assert _kinds(text, published="2016-01-20") == [("Ted Cruz", "government")]
    # an office no longer held says less than the campaign: former Secretary of State Clinton is a candidate
    text = "Former Secretary of State Hillary Clinton spoke. Clinton's campaign raised money. “We will win,” Clinton said."
    assert _kinds(text) == [("Hillary Clinton", "politics")]


def test_an_undated_article_reads_offices_as_of_the_latest_year_it_writes():
    # in 2016 Donald Trump (president from 2017) was running for the office: a candidate
    assert _kinds("The 2016 race tightened. “We will win,” said Donald Trump.") == [("Donald Trump", "politics")]
    assert _kinds("“We will win,” said Donald Trump.", published="2016-05-02") == [("Donald Trump", "politics")]
    # controls: once in office, or long before running, or with no year at all (every office counts)
    assert _kinds("The 2019 budget passed. “We will win,” said Donald Trump.") == [("Donald Trump", "government")]
    assert _kinds("“We will win,” said Donald Trump.", published="2010-05-02") == [("Donald Trump", "other")]
    assert _kinds("“We will win,” said Donald Trump.") == [("Donald Trump", "government")]


def test_a_spokesperson_described_by_whom_they_speak_for_takes_the_principals_kind():
    text = "The Clinton campaign raised money. Hillary Clinton spoke in Ohio. “She is ready,” a spokeswoman for Hillary Clinton said."
    assert _kinds(text)[-1] == ("a spokeswoman for Hillary Clinton", "politics")
    assert _kinds("The funeral was on Monday. “He was kind,” a spokeswoman for the family said.") == [
        ("a spokeswoman for the family", "other")
    ]


def test_a_staff_role_written_in_the_singular_names_its_principal():
    text = "Hillary Clinton's campaign raised money. “We are ready,” said Jennifer Palmieri, Clinton communication director."
    assert _kinds(text) == [("Jennifer Palmieri", "politics")]


def test_the_plural_of_a_role_word_is_a_group_of_the_same_kind():
    assert _kinds("The speech ran long. Two Democratic speechwriters said the speech was too long.") == [
        ("two Democratic speechwriters", "politics")
    ]
    assert _kinds("The dam was approved. Environmental groups said the dam would hurt the river.") == [
        ("Environmental groups", "advocacy")
    ]
    # "polls" is no plural of the lexicon's "poll" (a candidate "who says the polls have tightened" is no pollster)
    assert _kinds("The race is close. Recent polls said the race was close.") == [("Recent polls", "other")]


def test_a_dotted_acronym_is_the_body_the_lexicon_lists_bare():
    assert _kinds("The rule was changed. The S.E.C. said the rule would take effect in May.") == [("S.E.C.", "government")]
    assert _kinds("The case was closed. The F.B.I. said the inquiry was over.") == [("F.B.I.", "government")]
    assert _kinds("The plant was closed. U.S. Steel said the plant would reopen.") == [("U.S. Steel", "other")]


def test_a_person_of_a_known_body_is_of_its_kind_and_so_is_their_surname():
    text = "George Zornick of The Nation wrote about the case. “It is a disgrace,” Zornick wrote."
    assert _kinds(text) == [("George Zornick", "media")]
    # the sentence's full stop is no part of the body's name
    quote = body_quotes("“Sales fell,” said David French of the National Retail Federation.", published="")[0]
    assert quote.speaker is not None and quote.speaker.role == "of the National Retail Federation"
    # a place after "of" is where the person comes from
    assert _kinds("Jane Roe of Dayton spoke at the rally. “It is a disgrace,” Roe said.") == [("Jane Roe", "other")]


def test_a_role_written_before_a_name_is_headed_by_its_last_word():
    # "Fox News anchor": an anchor (a person), so "Kelly" later is the same person and of the same kind
    text = "Donald Trump told Fox News anchor Megyn Kelly about it on Tuesday. “It can happen at 45,” Kelly responded."
    assert _kinds(text)[-1] == ("Megyn Kelly", "media")
    assert _kinds("The deal was struck by tech giant Alibaba on Monday. “We are pleased,” Alibaba said.") == [("Alibaba", "industry")]


def test_a_person_the_article_gives_only_an_age_is_a_member_of_the_public():
    assert _kinds("Brenda Johnson, 62, came to the rally. “They should speak English,” Johnson said.") == [("Brenda Johnson", "citizen")]
    assert _kinds("“They should speak English,” said 62-year-old Brenda Johnson.") == [("Brenda Johnson", "citizen")]
    # an office the article or the officeholders' list gives comes first
    assert _kinds("Sen. Ann Roe, 62, spoke. “They should speak English,” Roe said.") == [("Ann Roe", "government")]


def test_local_election_officials_and_teachers_unions_have_kinds():
    text = "Susan Bucher, the Palm Beach County supervisor of elections, said independents cannot vote."
    assert _kinds(text) == [("Susan Bucher", "government")]
    assert _kinds("The union backed her. “She will fight for us,” the National Education Association said.") == [
        ("National Education Association", "advocacy")
    ]


def test_a_former_member_of_congress_named_alone_is_a_political_source():
    # Hillary Clinton left the Senate in 2009 (the officeholders' list gives the day): in 2016 she is no senator
    assert _kinds("“We will win,” said Hillary Clinton.", published="2016-06-09") == [("Hillary Clinton", "politics")]
    assert _kinds("“We will win,” said Newt Gingrich.", published="2016-07-14") == [("Newt Gingrich", "politics")]
    # controls: while in office a senator; a former president keeps the office's kind; an office the article gives wins
    assert _kinds("“We will win,” said Hillary Clinton.", published="2005-06-09") == [("Hillary Clinton", "government")]
    assert _kinds("“We will win,” said George W. Bush.", published="2016-09-25") == [("George W. Bush", "government")]
    text = "“We will win,” said Newt Gingrich, the former House speaker."
    assert _kinds(text, published="2016-07-14") == [("Newt Gingrich", "government")]


def test_a_spokesperson_of_a_former_member_of_congress_is_a_political_source():
    text = "Hillary Clinton spoke in Ohio. “She is ready,” said Nick Merrill, a Clinton spokesman."
    assert _kinds(text, published="2016-05-18") == [("Nick Merrill", "politics")]
    text = "Bernie Sanders spoke in Ohio. “He is ready,” said Michael Briggs, a Sanders spokesman."
    assert _kinds(text, published="2016-05-18") == [("Michael Briggs", "government")]


def test_a_candidate_who_holds_a_federal_office_on_the_day_speaks_as_an_officeholder():
    text = "“We will win,” said Lindsey Graham, a Republican presidential candidate."
    assert _kinds(text, published="2015-12-03") == [("Lindsey Graham", "government")]
    text = "“We will win,” said Jon Tester, the Democratic Senatorial Campaign Committee chairman."
    assert _kinds(text, published="2016-06-22") == [("Jon Tester", "government")]
    # controls: a candidate in no federal office, one no longer in it, and an undated article
    text = "“We will win,” said Ben Carson, a Republican presidential candidate."
    assert _kinds(text, published="2015-12-03") == [("Ben Carson", "politics")]
    text = "“We will win,” said Hillary Clinton, the Democratic presidential candidate."
    assert _kinds(text, published="2016-06-22") == [("Hillary Clinton", "politics")]
    assert _kinds("“We will win,” said Lindsey Graham, a Republican presidential candidate.") == [("Lindsey Graham", "politics")]


def test_a_candidate_for_a_federal_office_speaks_as_a_candidate_whatever_trade_the_article_gives():
    text = "“We will win,” said Donald Trump, the billionaire businessman."
    assert _kinds(text, published="2016-01-08") == [("Donald Trump", "politics")]
    # controls: years before the race, after taking office, and an undated article
    assert _kinds(text, published="2010-01-08") == [("Donald Trump", "industry")]
    assert _kinds(text, published="2018-01-08") == [("Donald Trump", "industry")]
    assert _kinds(text) == [("Donald Trump", "industry")]


def test_a_relative_of_a_candidate_named_without_a_role_speaks_for_the_campaign():
    text = "Donald Trump held a rally in Ohio. “My father will win,” said Eric Trump."
    assert _kinds(text, published="2016-07-13")[-1] == ("Eric Trump", "politics")
    # controls: a namesake of no political source, and a role the article gives
    text = "Sarah Trump runs a bakery. “Sales are up,” said Eric Trump."
    assert _kinds(text, published="2016-07-13") == [("Eric Trump", "other")]
    text = "Donald Trump held a rally in Ohio. “Sales are up,” said Eric Trump, a professor of economics."
    assert _kinds(text, published="2016-07-13")[-1] == ("Eric Trump", "academic")


def test_one_of_a_group_written_before_a_name_is_a_person_of_its_role():
    text = "Bernie Sanders spoke in Iowa. One of his advisers, Tad Devine, said the debate went well."
    assert _kinds(text)[-1] == ("Tad Devine", "politics")
    # control: a plural with no "one of" before the name is no role of the person
    text = "Bernie Sanders spoke in Iowa. Unlike his advisers, Tad Devine said the debate went well."
    assert _kinds(text)[-1] == ("Tad Devine", "other")


def test_a_share_of_the_people_a_poll_asked_is_a_member_of_the_public():
    assert _kinds("The poll was taken in May. 45% of Republicans said Trump would win.") == [("45% of Republicans", "citizen")]
    assert _kinds("The poll was taken in May. Three-quarters said the economy was weak.")[-1][1] == "citizen"
    # controls: a share of a body of officials, and an ordinal
    assert _kinds("The vote was in May. Two-thirds of the Senate said the bill would pass.")[-1][1] == "government"
    assert _kinds("The talks went on. A third source said the bill would pass.")[-1][1] != "citizen"


def test_a_role_of_kin_to_a_political_source_speaks_for_the_campaign():
    text = "“My father will win,” said Eric Jones, son of the Republican presidential front-runner."
    assert _kinds(text, published="2016-04-18") == [("Eric Jones", "politics")]
    # control: kin of anyone else stays a member of the public
    text = "“He was brave,” said Mary Jones, mother of a soldier killed in Iraq."
    assert _kinds(text, published="2016-04-18") == [("Mary Jones", "citizen")]


def test_a_persons_word_inside_an_organisations_name_gives_it_no_kind():
    # "federal" hints at an office in "a federal judge", not in the name of a budget watchdog
    article = make_article(
        "T\n\nThe Committee for a Responsible Federal Budget said the plan was costly.\n\n"
        "The Federal Reserve said rates would rise.\n\nFederal Judge Ann Ortiz said the law stands.\n"
    )
    kinds = [(q.speaker.name, q.speaker.category) for q in quotes_in(article)]
    assert kinds == [("Committee for a Responsible Federal Budget", "other"), ("Federal Reserve", "government"), ("Ann Ortiz", "government")]


def test_a_union_named_by_its_acronym_before_an_office_word_is_advocacy():
    # "NEA President", "AFSCME President": the head of a labor union, not of a country
    text = "“We will endorse early,” NEA President Lily Ortega said."
    assert _kinds(text) == [("Lily Ortega", "advocacy")]
    text = "“Our members are ready,” said Lee Saunders, AFSCME president."
    assert _kinds(text) == [("Lee Saunders", "advocacy")]
    # control: a president with no body named before the office is still a head of state
    assert _kinds("“We will endorse early,” President Lily Ortega said.") == [("Lily Ortega", "government")]


def test_a_research_centre_of_a_think_tank_is_academic():
    text = "“Russia lacked the money,” said Ivan Petrov, head of a program at the Carnegie Moscow Center."
    assert _kinds(text) == [("Ivan Petrov", "academic")]
    # control: a company's centre is no think tank
    text = "“Sales rose,” said Ivan Petrov, head of a program at the Acme Data Center."
    assert _kinds(text) == [("Ivan Petrov", "industry")]


def test_a_polling_firm_is_a_business():
    assert _kinds("The race is close. Approval has risen to 52%, according to Gallup.") == [("Gallup", "industry")]
    # control: a campaign's pollster is a political source
    assert _kinds("The race is close. “We are ahead,” said Ann Lee, a Republican pollster.") == [("Ann Lee", "politics")]


def test_a_veteran_of_a_service_is_a_member_of_the_public():
    # "a Navy veteran": once in the Navy, now a private person met at a rally
    assert _kinds("“She should be ready,” said Lance Hall, 49, a Navy veteran.") == [("Lance Hall", "citizen")]
    assert _kinds("“She should be ready,” said Lance Hall, an Army veteran from Ohio.") == [("Lance Hall", "citizen")]
    # control: a serving officer of the service speaks for it
    assert _kinds("“She should be ready,” said Lance Hall, a Navy admiral.") == [("Lance Hall", "government")]


def test_an_everyday_occupation_is_a_member_of_the_public():
    text = "“That may be of concern,” said Alan Hart, a gynecologist from Englewood, New Jersey."
    assert _kinds(text) == [("Alan Hart", "citizen")]
    assert _kinds("“It was hard to get ahead,” said Sandra Ruiz, a real estate agent.") == [("Sandra Ruiz", "citizen")]
    # control: a professional speaking for a firm of their trade is its source
    assert _kinds("“Prices rose,” said Sandra Ruiz, a real estate developer.") == [("Sandra Ruiz", "industry")]


def test_a_general_manager_is_a_business_source_not_a_military_officer():
    text = "“We are in the people-pleasing business,” said Jay Dean, the club’s general manager."
    assert _kinds(text) == [("Jay Dean", "industry")]
    # control: a general of the army is one
    assert _kinds("“We are ready,” said Jay Dean, a retired Army general.") == [("Jay Dean", "government")]


def test_a_person_introduced_by_where_they_live_is_a_member_of_the_public():
    # "who lives in ...": how news introduces an ordinary person; a state capital is a place, no venture capital firm
    text = "“He can still win,” said Mike Hale, who lives in a small town outside the state capital."
    assert _kinds(text) == [("Mike Hale", "citizen")]
    # controls: where one lives says nothing next to a role, nor does a clause of another verb
    text = "“He can still win,” said Mike Hale, who lives in Ohio and lobbies for a trade association."
    assert _kinds(text) == [("Mike Hale", "industry")]
    assert _kinds("“He can still win,” said Mike Hale, who worked in the state capital.") == [("Mike Hale", "other")]


def test_a_relative_clause_naming_the_body_a_person_heads_gives_its_kind():
    # "who chairs the Senate Armed Services Committee": the body is the speaker's own, quoted later by surname
    text = "Jim Dole, who chairs the Senate Armed Services Committee, spoke. “We need more ships,” Dole said."
    assert _kinds(text) == [("Jim Dole", "government")]
    text = "Ann Lowe, who directs the Urban Institute, spoke. “Rates will fall,” Lowe said."
    assert _kinds(text) == [("Ann Lowe", "academic")]
    # control: the names of others a clause mentions say nothing of the speaker
    text = "Jim Dole, who met the Senate Armed Services Committee, spoke. “We need more ships,” Dole said."
    assert _kinds(text) == [("Jim Dole", "other")]


def test_a_person_named_with_the_outlet_they_write_in_is_a_news_source():
    assert _kinds("“It was a first,” wrote Ben Jonas in The Guardian.") == [("Ben Jonas", "media")]
    text = "Nate Cole, writing in The New York Times, said the race was close. “It is close,” Cole said."
    assert _kinds(text)[-1] == ("Nate Cole", "media")
    # controls: a place is no outlet; an officeholder's op-ed is an officeholder's
    assert _kinds("“It was a first,” wrote Ben Jonas in Iowa.") == [("Ben Jonas", "other")]
    assert _kinds("“It was a first,” wrote Bernie Sanders in The Guardian.", published="2016-02-01") == [("Bernie Sanders", "government")]


def test_a_poll_average_of_a_news_site_is_a_news_source():
    text = "The race tightened. Clinton leads by three points, according to the average of recent polls compiled by Real Clear Politics."
    assert _kinds(text)[-1][1] == "media"
    assert _kinds("The race tightened. Clinton leads by three points, according to FiveThirtyEight.")[-1] == ("FiveThirtyEight", "media")
    # control: an average of polls whose compiler the article does not name
    assert _kinds("The race tightened. Clinton leads by three points, according to the average of recent polls.") == [("the average of recent polls", "other")]


def test_the_president_of_a_body_named_by_a_possessive_is_no_head_of_state():
    # "the club's president", "the group's senior vice president": the head of that body, whose kind the body's word gives
    text = "“We are in the people-pleasing business,” said Jay Dean, the club’s 78-year-old president and general manager."
    assert _kinds(text) == [("Jay Dean", "industry")]
    assert _kinds("“We will sue,” said Jay Dean, the group's senior vice president.") == [("Jay Dean", "other")]
    # controls: the nation's president is one; a company's president is a business source
    assert _kinds("“We will sue,” said Jay Dean, the nation's president.") == [("Jay Dean", "government")]
    assert _kinds("“We will sue,” said Jay Dean, the company's president.") == [("Jay Dean", "industry")]


def test_an_analyst_of_a_field_of_policy_is_an_expert_not_a_market_analyst():
    assert _kinds("The strikes went on. Military analysts said the strikes would fail.") == [("Military analysts", "academic")]
    assert _kinds("“It will fail,” said Ann Cole, a national-security analyst.") == [("Ann Cole", "academic")]
    # control: an analyst of securities is a finance source
    assert _kinds("The strikes went on. Equity analysts said the shares would fall.") == [("Equity analysts", "finance")]


def test_coordinated_roles_before_a_name_are_read_together():
    # "GOP presidential contender and former neurosurgeon Ben Carson": the candidacy comes first and wins a tie
    text = "GOP presidential contender and former neurosurgeon Ben Cole responded on Sunday. “We will win,” Cole said."
    assert _kinds(text) == [("Ben Cole", "politics")]
    # control: a surgeon alone is a member of the public, the surgeon general an official
    assert _kinds("Retired neurosurgeon Ben Cole responded on Sunday. “We will win,” Cole said.") == [("Ben Cole", "citizen")]
    assert _kinds("Surgeon General Ben Cole responded on Sunday. “We will win,” Cole said.") == [("Ben Cole", "government")]


def test_a_plural_role_before_a_list_of_names_is_each_ones_role():
    # "Republican presidential hopefuls Jed Bond and Chris Crane": each is a candidate
    text = "Republican presidential hopefuls Jed Bond and Chris Crane spoke in Iowa. “We will win,” Crane said. “So will I,” Bond said."
    assert _kinds(text) == [("Chris Crane", "politics"), ("Jed Bond", "politics")]
    text = "Nuclear experts Dan Albo, Sara Kell and Tom Ruiz wrote the report. “It is weak,” Kell said."
    assert _kinds(text) == [("Sara Kell", "academic")]
    # controls: a plural set off by a comma is no role of the name after it, nor is a plural with one name
    text = "Unlike larger tech companies, Jed Bond and Chris Crane spoke in Iowa. “We will win,” Crane said."
    assert _kinds(text) == [("Chris Crane", "other")]
    assert _kinds("Presidential hopefuls met Chris Crane in Iowa. “We will win,” Crane said.") == [("Chris Crane", "other")]
    # a quantifier before the names is no role of them
    assert _kinds("In Ohio, many Democrats and Republicans want a comeback. “Not yet,” the Democrats said.") == [("Democrats", "politics")]


def test_exit_polls_are_a_news_source():
    # US exit polls are the National Election Pool's, a consortium of news networks and the AP
    assert _kinds("The vote ended. Trump won 40% of evangelicals, according to exit polls.")[-1][1] == "media"
    # control: a poll of a university stays its own
    assert _kinds("The vote ended. Trump won 40% of evangelicals, according to a Quinnipiac University poll.")[-1][1] == "academic"


def test_a_word_of_a_relative_clause_says_less_than_a_title():
    # "Sanders, whose coalition includes young people, said": the senator is no advocacy group
    text = "Sen. Jed Bond spoke in Iowa. Bond, whose coalition includes young people, said closed primaries hurt him."
    assert _kinds(text) == [("Jed Bond", "government")]
    text = "Labor Secretary Tom Ruiz, who said union employees would return to work, spoke. “It is done,” Ruiz said."
    assert _kinds(text)[-1] == ("Tom Ruiz", "government")
    # controls: a clause that states a role is an apposition; a relative clause alone still gives its kind
    text = "Jed Bond, a former White House adviser, spoke. Bond, who is now chairman of the Clinton campaign, said the plan works."
    assert _kinds(text) == [("Jed Bond", "politics")]
    text = "Jed Bond spoke in Iowa. Bond, whose coalition includes young people, said closed primaries hurt him."
    assert _kinds(text) == [("Jed Bond", "advocacy")]
    # a network's analyst, whose clause "who had worked for the network" now says less, is the network's
    text = "Curt Dole, one of the baseball analysts on ESPN, who had worked for the network since 2010, spoke. “I was fired,” Dole said."
    assert _kinds(text) == [("Curt Dole", "media")]


def test_a_clause_stating_an_office_in_a_named_body_keeps_the_name():
    # "who is chairman of Our Principles PAC": the body named is the speaker's own
    text = "Kate Pike, who is chairman of Our Principles PAC, spoke. “He is unfit,” Pike said."
    assert _kinds(text) == [("Kate Pike", "politics")]
    # control: a clause that states no role names others
    text = "Kate Pike, who was a guest of the Senate Armed Services Committee, spoke. “He is unfit,” Pike said."
    assert _kinds(text) == [("Kate Pike", "other")]


def test_an_executive_director_is_of_the_body_they_direct():
    # the head of a nonprofit's staff, no business executive
    assert _kinds("“We will march,” said Ray Robb, the group's executive director.") == [("Ray Robb", "other")]
    assert _kinds("“We will march,” said Ray Robb, executive director of the Sierra Club.") == [("Ray Robb", "advocacy")]
    # control: an executive of a company is a business source
    assert _kinds("“We will grow,” said Ray Robb, a senior executive at the company.") == [("Ray Robb", "industry")]


def test_a_partisan_consulting_firm_is_a_political_source():
    text = "“He has a path,” said Alex Cole, founding partner at Firehouse Partners, a Republican consulting firm."
    assert _kinds(text) == [("Alex Cole", "politics")]
    # control: a consulting firm of no party is a business
    text = "“He has a path,” said Alex Cole, founding partner at Firehouse Partners, a management consulting firm."
    assert _kinds(text) == [("Alex Cole", "industry")]


def test_a_deputy_of_a_role_is_of_that_roles_kind():
    # "deputy national political director": a campaign's staff, no deputy of a legislature or a sheriff
    assert _kinds("“We are ready,” said Dan Cole, Romney’s deputy national political director.") == [("Dan Cole", "politics")]
    # controls: a deputy alone is an official
    assert _kinds("“We are ready,” said Dan Cole, a sheriff's deputy.") == [("Dan Cole", "government")]
    assert _kinds("“We are ready,” said Dan Cole, a deputy in the national assembly.") == [("Dan Cole", "government")]


def test_an_association_of_businesses_is_industry():
    # the gold README's "industry associations": retailers', growers', manufacturers' federations and councils
    assert _kinds("“Sales will fall,” said Bill Dorn, president of the California Retailers Association.") == [("Bill Dorn", "industry")]
    assert _kinds("“Sales will fall,” said Jack Moore, spokesman for the National Federation of Independent Business.") == [("Jack Moore", "industry")]
    # controls: a union's council and an association of activists stay advocacy; a pollster's namesake is no pollster
    assert _kinds("“Jobs matter,” said Rich Saba, president of a building and construction trades council.") == [("Rich Saba", "advocacy")]
    assert _kinds("“We will march,” said Marla Kane, director of the activist group Badass Teachers Association.") == [("Marla Kane", "advocacy")]
    assert _kinds("“We will vote,” said James Zogby, president of the Arab American Institute.")[0][1] != "industry"


def test_an_office_held_outranks_a_candidacy_given_elsewhere():
    # a governor running for president speaks as an officeholder: the title and the apposition are two roles
    text = "Ohio Gov. Dan Korvel, a Republican presidential contender, spoke. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "government")]
    # control: within one role the first word still decides (campaign staff of a senator is campaign staff)
    text = "Ann Varga, a campaign manager for Sen. Dan Korvel, spoke. “We will win,” Varga said."
    assert _kinds(text) == [("Ann Varga", "politics")]
    # control: an office no longer held is weaker than the candidacy
    text = "Former Ohio Gov. Dan Korvel, a Republican presidential contender, spoke. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]


def test_former_before_a_title_makes_the_office_a_former_one():
    # "praising former Ohio Gov. Dan Korvel": the title the name finder reads leaves "former" before it
    text = "Rivals are praising former Ohio Gov. Dan Korvel, a Republican presidential contender. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]
    # control: without "former" the office held wins
    text = "Rivals are praising Ohio Gov. Dan Korvel, a Republican presidential contender. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "government")]


def test_a_two_word_surname_alone_is_the_person_named_in_full():
    text = "NEA President Lily Eskelsen Varga spoke in Ohio. “We will win,” Eskelsen Varga said."
    assert _kinds(text) == [("Lily Eskelsen Varga", "advocacy")]
    # control: a given name and a surname that end another name are another person
    text = "NEA President Lily Anne Varga spoke in Ohio. “We will win,” Anne Varga said."
    assert _kinds(text) == [("Anne Varga", "other")]


def test_unspecified_analysts_are_no_market_analysts():
    assert _kinds("The race tightened. Analysts said the governor would lose the primary.") == [("Analysts", "other")]
    assert _kinds("“He will lose,” veteran analyst Dan Korvel wrote.") == [("Dan Korvel", "other")]
    # controls: an analyst at a firm, and the analysts of a market, are finance sources
    assert _kinds("“Shares will fall,” said Dan Korvel, an analyst at Brightwater.") == [("Dan Korvel", "finance")]
    assert _kinds("The race tightened. Market analysts said the shares would fall.") == [("Market analysts", "finance")]


def test_an_apposition_after_an_age_is_the_persons_role():
    # "NAME, 58, a ROLE,": US news gives the age first, then what the person does
    text = "Dan Korvel, 58, a Republican precinct captain, spoke at the rally. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]
    # control: an age alone still introduces an ordinary person
    assert _kinds("Dan Korvel, 58, spoke at the rally. “We will win,” Korvel said.") == [("Dan Korvel", "citizen")]


def test_a_role_ending_in_a_preposition_is_not_the_role_of_the_body_after_it():
    text = "Ann Cole, senior analyst at Brightwater, spoke. Deals rose by a third last year, according to Brightwater."
    speakers = [(q.speaker.name, q.speaker.kind, q.speaker.role) for q in body_quotes(text) if q.speaker]
    assert ("Brightwater", "organization", "") in speakers
    # control: a role of two words right before a name is the person's
    text = "Dan Korvel joined the ticket. Later running mate Dan Korvel spoke. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]


def test_a_sitting_governor_named_alone_is_a_government_source():
    # Ohio's governor from 2011 to 2019, running for president in 2016 (lexicons/us_governors.csv)
    assert _kinds("“We will win,” said John Kasich.", published="2016-02-01") == [("John Kasich", "government")]
    assert _kinds("“We will win,” said Chris Christie.", published="2016-02-01") == [("Chris Christie", "government")]
    assert _kinds("“We will win,” said Bobby Jindal.", published="2015-11-01") == [("Bobby Jindal", "government")]
    # controls: after the term a governor is none (Kasich, a former representative, is then a political source),
    # and a former governor named alone gets no kind from the office (Jeb Bush, Florida's governor until 2007)
    assert _kinds("“We will win,” said John Kasich.", published="2020-05-01") == [("John Kasich", "politics")]
    assert _kinds("“We will win,” said Jeb Bush.", published="2016-06-01") == [("Jeb Bush", "other")]


def test_a_role_ending_in_a_body_set_before_the_name_between_commas_is_the_persons():
    # NYT style: "complaints by the secretary of the Treasury, Jacob J. Lew, that ..."; "the director of the Federal
    # Bureau of Investigation, James B. Comey, said" (an office, "director", whose body names the kind)
    text = "Mr. Lou answered complaints by the secretary of the Treasury, Dan Kovel, that steel was cheap. “We made progress,” Mr. Kovel said."
    assert _kinds(text) == [("Dan Kovel", "government")]
    text = "On Wednesday, the director of the Federal Bureau of Investigation, Tom Arlen, said that posts were hard to track."
    assert _kinds(text) == [("Tom Arlen", "government")]
    # controls: a place or a thing before the name is no role of it, nor is a group the name is one of
    text = "On the debate stage here at the University of Miami, Dan Kovel said that he would win."
    assert _kinds(text) == [("Dan Kovel", "other")]
    text = "Among the members of the Senate Judiciary Committee, Dan Kovel, a lawyer, said that it was fine."
    assert _kinds(text) == [("Dan Kovel", "other")]
    # control: a role that ends a clause before a name that opens the next is no apposition
    text = "The tip was passed to the director of the Federal Bureau of Investigation, Dan Kovel told reporters."
    assert _kinds(text) == [("Dan Kovel", "other")]


def test_a_role_set_before_a_name_starts_at_its_head_not_at_the_noun_it_follows():
    text = "Mr. Lou answered a complaint by the secretary of the Treasury, Dan Kovel, that steel was cheap. “We made progress,” Mr. Kovel said."
    assert [q.speaker.role for q in body_quotes(text) if q.speaker] == ["secretary of the Treasury"]


def test_the_chair_of_a_house_or_senate_committee_is_a_government_source():
    text = "The chairman of the House Oversight Committee, Tom Arlen, said that hearings would start."
    assert _kinds(text) == [("Tom Arlen", "government")]
    text = "The chairman of the House Financial Services Committee, Tom Arlen, said that hearings would start."
    assert _kinds(text) == [("Tom Arlen", "government")]
    # control: the chairman of a company is a business source
    text = "The chairman of Brightwater Holdings, Tom Arlen, said that profits would rise."
    assert _kinds(text) == [("Tom Arlen", "industry")]


def test_a_governors_listed_first_year_is_no_sign_of_a_campaign_and_an_undated_article_reads_no_governor():
    # the roster lists Greg Abbott, governor of Texas since 2015, from his second term (2019) only: in 2017 he was no
    # candidate for it (before, "politics"); the list has no governor of Texas for 2017, so no kind at all
    assert _kinds("“We will win,” said Greg Abbott.", published="2017-06-01") == [("Greg Abbott", "other")]
    # undated, a former governor is no officeholder (every governor of the list had been "government")
    assert _kinds("“We will win,” said Sarah Palin.") == [("Sarah Palin", "other")]
    # control: a sitting governor on a known day
    assert _kinds("“We will win,” said John Kasich.", published="2016-02-01") == [("John Kasich", "government")]


def test_an_office_another_person_holds_does_not_outrank_a_candidacy():
    text = "Ann Varga, a Trump campaign spokeswoman, spoke. Varga, the wife of Sen. Dan Korvel, added: “We will win.”"
    assert _kinds(text) == [("Ann Varga", "politics")]
    # control: the speaker's own office outranks the campaign role
    text = "Ann Varga, a Republican presidential contender, spoke. Ohio Gov. Ann Varga added: “We will win.”"
    assert _kinds(text) == [("Ann Varga", "government")]



def test_a_given_name_written_as_initials_is_looked_up_as_the_lists_write_it():
    # us_officials.csv writes "JD Vance", us_governors.csv "JB Pritzker"; news dots the initials
    assert _kinds("“We will win,” said J.D. Vance.", published="2025-06-01") == [("J.D. Vance", "government")]
    assert _kinds("“We will win,” said J.B. Pritzker.", published="2020-06-01") == [("J.B. Pritzker", "government")]
    # control: one initial before a surname is no given name the lists hold
    assert _kinds("“We will win,” said J. Vance.", published="2025-06-01") == [("J. Vance", "other")]


def test_a_two_word_surname_opening_with_a_particle_is_the_person_named_in_full():
    # "van" is in the census given names, yet "Van Hollen" after "Sen. Chris Van Hollen" is his surname
    assert _kinds("Sen. Chris Van Hollen spoke in Ohio. “We will win,” Van Hollen said.") == [("Chris Van Hollen", "government")]
    # control: a given name that is no particle before the surname names another person
    assert _kinds("Sen. Chris Van Hollen spoke in Ohio. “We will win,” Paul Van Hollen said.") == [("Paul Van Hollen", "other")]


def test_a_front_runner_is_a_candidate_and_a_special_counsel_a_prosecutor():
    # "Republican presidential front-runner Ben Carson": a role word before the name, so the person's
    text = "Republican presidential front-runner Dan Korvel spoke on Monday. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]
    text = "Dan Korvel, the Whitewater independent counsel, spoke on Monday. “The case is closed,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "government")]
    # control: counsel alone is anyone's lawyer, of the body named ("the company's counsel")
    text = "Dan Korvel, the company's counsel, spoke on Monday. “The case is closed,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "industry")]


def test_a_financial_adviser_is_a_finance_source_not_a_politicians_aide():
    text = "Dan Korvel, a financial adviser in Eau Claire, spoke on Monday. “Save early,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "finance")]
    # control: an adviser with no field stays a politician's
    text = "Dan Korvel, a senior adviser in Eau Claire, spoke on Monday. “Save early,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]


def test_a_role_before_a_name_starts_after_another_subject_or_a_preposition():
    roles = [q.speaker.role for q in body_quotes("Tom Arlen and Democratic front-runner Dan Korvel spoke. “We will win,” Korvel said.")]
    assert roles == ["Democratic front-runner"]
    roles = [q.speaker.role for q in body_quotes("The race against Republican candidate Dan Korvel tightened. “We will win,” Korvel said.")]
    assert roles == ["Republican candidate"]
    # control: two roles joined by "and" are read together
    roles = [q.speaker.role for q in body_quotes("Filmmaker and best-selling author Dan Korvel spoke. “We will win,” Korvel said.")]
    assert roles == ["Filmmaker and best-selling author"]


def test_an_apposition_opening_with_a_possessive_is_the_persons_role():
    # "Corey Lewandowski, Donald Trump’s fired campaign manager, ripped ...": no article before the role
    text = "Dan Korvel, Tom Arlen’s fired campaign manager, spoke on Monday. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]
    text = "Dan Korvel, his combative former campaign manager, spoke on Monday. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]
    text = "Dan Korvel, Time’s assistant managing editor, spoke on Monday. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "media")]
    # a staff role is of whom it serves; the title of whom it serves is no office of the speaker's
    text = "Dan Korvel, Sanders's spokesman, spoke on Monday. Bernie Sanders, a senator, spoke. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "government")]
    text = "Dan Korvel, President Tom Arlen’s former top adviser, spoke on Monday. “We will win,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]
    # controls: a title cut before its name opens a new subject; a list of people after a name is no apposition of it
    text = "As noted on the news website, Tom Arlen, Florida’s own Sen. Dan Korvel, the richest senator, penned a letter urging Americans to wait."
    assert [q.speaker.role for q in body_quotes(text)] == ["news website"]
    assert [q.speaker.role for q in body_quotes("Dan Korvel, his aides and his donors met on Monday. “We will win,” Korvel said.")] == [""]


def test_a_document_speaks_with_the_kind_of_whom_the_article_says_issued_it():
    # "a letter, report or study: its authors": "Fox News said in a statement ... the statement said"
    text = "Fox News said in a statement that the talks were over. “We acknowledge the calls,” the statement said."
    assert _kinds(text)[-1] == ("the statement", "media")
    text = "The Arlen campaign sent a fundraising email on Monday. “Give now,” the email said."
    assert _kinds(text) == [("the email", "politics")]
    text = "The Times said Tom Arlen, a Pentagon spokesman, provided a written statement. “We regret it,” the statement said."
    assert _kinds(text)[-1] == ("the statement", "government")
    text = "In a statement, the Sierra Club criticized the plan. “It will fail,” the statement said."
    assert _kinds(text) == [("the statement", "advocacy")]
    # controls: who received a letter did not write it; a statement nobody is said to have issued has no kind
    text = "The son of Sen. Tom Arlen received a threatening letter. “You will pay,” the letter said."
    assert _kinds(text) == [("the letter", "other")]
    assert _kinds("The weather was cold. “It will fail,” the statement said.") == [("the statement", "other")]
    # control: a memo is no antecedent of "they"
    text = "The White House said in a memo that costs were low. “It is cheap,” the memo continued. “It is fair,” they said."
    assert [name for name, _kind in _kinds(text)] == ["White House", "the memo", "White House"]


def test_an_opening_in_a_document_with_no_comma_after_it_names_no_issuer_and_breaks_nothing():
    # "In a statement the Sierra Club ...": no comma sets the opening off (nor within 40 characters of the noun)
    assert _kinds("In a statement the Sierra Club criticized the plan. “It will fail,” the statement said.") == [("the statement", "other")]
    assert _kinds("In its letter the Sierra Club criticized the plan. “It is bad,” the letter said.") == [("the letter", "other")]
    text = "In a statement released on Tuesday afternoon after the vote, the Sierra Club criticized the plan. “It will fail,” the statement said."
    assert _kinds(text) == [("the statement", "other")]
    # control: set off by a comma, the name after it issued the document
    assert _kinds("In a statement, the Sierra Club criticized the plan. “It will fail,” the statement said.") == [("the statement", "advocacy")]


def test_only_a_determiner_and_adjectives_stand_between_a_verb_of_issuing_and_the_document():
    text = "Senate Republicans released a memo on Friday. The White House issued a rebuttal to the memo. “It is bad,” the memo said."
    assert _kinds(text)[-1] == ("the memo", "other")  # the White House issued the rebuttal, not the memo
    text = "Sen. Ann Ortiz wrote about the statement on Facebook. “We acknowledge the calls,” the statement said."
    assert _kinds(text) == [("the statement", "other")]
    # the name the document is "from" or "by" comes before the one that posted it
    text = "Sen. Tom Arlen posted a letter by the Sierra Club. “We regret it,” the letter said."
    assert _kinds(text) == [("the letter", "advocacy")]
    # controls: a possessive and adjectives between the verb and the noun
    assert _kinds("The Sierra Club issued its own written statement. “We regret it,” the statement said.") == [("the statement", "advocacy")]
    assert _kinds("Sen. Ann Ortiz released a 95-page memo. “It is bad,” the memo said.") == [("the memo", "government")]


def test_a_possessive_apposition_whose_head_is_no_persons_role_is_an_absolute_phrase_not_a_role():
    def role_and_kind(apposition: str) -> list[tuple[str, str]]:
        said = body_quotes(f"Dan Korvel, {apposition}, spoke on Monday. “We will win,” Korvel said.")
        return [(q.speaker.role, q.speaker.category) for q in said]

    assert role_and_kind("his campaign in tatters") == [("", "other")]
    assert role_and_kind("his company near bankruptcy") == [("", "other")]
    # controls: a person's role, one of several words ("chief of staff"), and a staff role
    assert role_and_kind("Trump’s fired campaign manager") == [("Trump’s fired campaign manager", "politics")]
    assert role_and_kind("his former chief of staff") == [("his former chief of staff", "government")]
    assert role_and_kind("his spokesman") == [("his spokesman", "other")]
    # control: what is no person has no role of a person to have
    said = body_quotes("Nerdcast, POLITICO's new podcast, said the race was close.")
    assert [(q.speaker.role, q.speaker.category) for q in said] == [("POLITICO's new podcast", "media")]


def test_a_university_department_and_a_field_of_study_are_academic():
    text = "Dan Korvel, chairman of the political science department at Brightwater College, spoke. “It is close,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "academic")]
    text = "Dan Korvel, professor of government at Brightwater University, spoke. “It is close,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "academic")]
    # where a relative clause says the speaker teaches or works is a body of the speaker's
    text = "Dan Korvel, who teaches constitutional law at Brightwater University, spoke. “It is close,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "academic")]
    # controls: a department of government and a government official stay government
    text = "Dan Korvel, an official at the Department of Labor, spoke. “It is close,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "government")]
    text = "Dan Korvel, a government official in Ohio, spoke. “It is close,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "government")]


def test_a_friend_is_a_weak_hint_that_any_trade_outranks():
    text = "Dan Korvel, a longtime friend and adviser of Tom Arlen, spoke. “He is ready,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "politics")]
    # control: a friend and nothing else is a member of the public
    text = "Dan Korvel, a friend of the couple since sixth grade, spoke. “He is ready,” Korvel said."
    assert _kinds(text) == [("Dan Korvel", "citizen")]


def test_an_apposition_too_long_to_read_whole_is_the_noun_phrase_before_its_relative_clause():
    text = (
        "One is Dan Korvel, a real estate agent today who was a bank assistant 25 years ago and an aspiring trader who felt"
        " he was never taken seriously because he lacked the right degrees. “It was hard,” Korvel said."
    )
    assert _kinds(text) == [("Dan Korvel", "citizen")]
    # control: a short apposition keeps its relative clause, which may name the body ("at Brightwater University")
    text = "Dan Korvel, a scholar who teaches at Brightwater University, spoke. “It was hard,” Korvel said."
    assert [(q.speaker.role, q.speaker.category) for q in body_quotes(text)] == [("scholar who teaches at Brightwater University", "academic")]


def test_a_persons_team_speaks_with_that_persons_kind():
    text = "Tom Arlen, a Republican presidential candidate, spoke. It is unlikely; Arlen’s team says he will go on."
    assert _kinds(text) == [("Arlen’s team", "politics")]
    # control: a team no person is named for has no kind
    assert _kinds("The plan is unlikely; the team says it will go on.") == [("the team", "other")]


def test_the_presidency_as_the_office_sought_is_a_candidacy():
    assert _kinds("“We will win,” said Republican president candidate Tom Arlen.") == [("Tom Arlen", "politics")]
    assert _kinds("“We will win,” said Dan Korvel, who is vying to be the next president.") == [("Dan Korvel", "politics")]
    assert _kinds("“We will win,” said Ann Ortiz, the would-be president.") == [("Ann Ortiz", "politics")]
    # control: a president held, of a country or of a body, is no candidacy
    assert _kinds("“We will win,” said President Tom Arlen.") == [("Tom Arlen", "government")]
    assert _kinds("“We will win,” said Mark Lee, the president of the union.") == [("Mark Lee", "advocacy")]


def test_an_office_the_lists_say_was_left_does_not_outrank_a_candidacy():
    text = "Libertarian presidential nominee Gary Johnson spoke in Maine. Johnson, a two-term governor of New Mexico, took questions. “We will win,” Johnson said."
    assert _kinds(text, published="2016-08-28") == [("Gary Johnson", "politics")]
    # controls: a governor in office while running speaks as an officeholder; an office left, with no newer role, still counts
    text = "Republican presidential candidate John Kasich spoke in Ohio. Kasich, the governor of Ohio, took questions. “We will win,” Kasich said."
    assert _kinds(text, published="2016-03-01") == [("John Kasich", "government")]
    text = "Gary Johnson, a two-term governor of New Mexico, spoke in Maine. “We will win,” Johnson said."
    assert _kinds(text, published="2016-08-28") == [("Gary Johnson", "government")]


def test_a_newspaper_named_by_its_nameplate_is_a_news_source():
    text = (
        "“He has no plan for the farm economy,” the Des Moines Register wrote in its endorsement on Saturday.\n\n"
        "“The numbers do not add up,” said Dana Kessler of the Atlanta Journal-Constitution."
    )
    assert _kinds(text) == [("Des Moines Register", "media"), ("Dana Kessler", "media")]
    # control: a prize named for a town is no newspaper
    assert _kinds("“I never expected it,” said Dana Kessler, who won a Golden Globe in 2010.") == [("Dana Kessler", "other")]


def test_an_office_named_alone_with_its_complement_is_an_officeholder():
    text = (
        "“The threat is growing,” the Director of National Intelligence told lawmakers on Tuesday.\n\n"
        "“We are ready,” said the Chairman of the Joint Chiefs."
    )
    assert _kinds(text) == [("the Director of National Intelligence", "government"), ("the Chairman of the Joint Chiefs", "government")]
    # control: the chairman of a company stays a business source
    assert _kinds("“We are ready,” said the chairman of the company.") == [("the chairman of the company", "industry")]


def test_a_bodys_possessive_before_a_name_gives_the_person_the_bodys_kind():
    text = (
        "Sen. Dan Korvel spoke in an interview with CNN’s Laura Pitts on Sunday.\n\n"
        "“Voters want answers,” Pitts said."
    )
    assert _kinds(text) == [("Laura Pitts", "media")]
    # control: a person's possessive names whom the person works for, no body
    text = "The day began with Korvel’s Dana Whitfield on the phone.\n\n“We are done,” Whitfield said."
    assert _kinds(text) == [("Dana Whitfield", "other")]
    # and after review: a name that modifies the body's programme after it is no one the body employs
    text = "Millions watched CNN’s Dana Whitfield town hall on Monday.\n\n“We will win,” Whitfield said."
    assert _kinds(text) == [("Dana Whitfield", "other")]


def test_a_co_role_is_of_the_roles_kind():
    assert _kinds("“Is that true?” asked co-moderator Dana Whitfield.") == [("Dana Whitfield", "media")]
    assert _kinds("“Is that true?” asked Dana Whitfield, the co-host of the morning show.") == [("Dana Whitfield", "media")]
    # controls: a listed co-role keeps its own kind; a word the lexicon does not list stays no role
    assert _kinds("“We grew fast,” said Dana Whitfield, the co-founder of the company.") == [("Dana Whitfield", "industry")]
    assert _kinds("“We grew fast,” said Dana Whitfield, a co-sponsor of the measure.") == [("Dana Whitfield", "other")]
    # and after review: "co-" before any other role word makes no role of it ("co-operative" is no "operative")
    assert _kinds("“We will win,” said Dana Whitfield, who runs a farm co-operative in Iowa.") == [("Dana Whitfield", "other")]


def test_a_surname_alone_of_the_one_officeholder_or_candidate_who_bears_it_on_the_day_gives_their_kind():
    # never named in full: news writes "Trump" alone when readers know who it is; in 2016 he was running
    assert _kinds("In 2016, Trump spoke in Ohio. Trump said he would win the state.") == [("Trump", "politics")]
    assert _kinds("Trump said he would win the state.", published="2016-05-02") == [("Trump", "politics")]
    assert _kinds("Trump said he would cut taxes.", published="2019-05-02") == [("Trump", "government")]
    assert _kinds("Sanders said he would win the state.", published="2016-05-02") == [("Sanders", "government")]
    # of the article's gender: Susan Collins, a senator in 2016, is the one woman of the lists so named then
    assert _kinds("Collins said she would vote no.", published="2016-05-02") == [("Collins", "government")]
    # controls: a gender no officeholder of the name has on the day; an undated article (every office would count);
    # a surname several officeholders bear on the day; former officeholders, the dead among them (Gerald Ford)
    assert _kinds("Collins said he would vote no.", published="2016-05-02") == [("Collins", "other")]
    assert _kinds("Trump said he would win the state.") == [("Trump", "other")]
    assert _kinds("Smith said he would win the state.", published="2016-05-02") == [("Smith", "other")]
    assert _kinds("Ford said he would never forget the crash.", published="2016-05-02") == [("Ford", "other")]
    # and no given name: a word of a fuller name of the article, or a person the article gives an age
    assert _kinds("Paul Smith, a farmer, spoke at the fair. Paul said he loved the town.", published="2016-05-02") == [("Paul", "other")]
    assert _kinds("Paul, 17, said he loved the town.", published="2016-05-02") == [("Paul", "citizen")]
    # with no pronoun, the one word is that person, not a body; but not a name after "the" (a newspaper)
    assert _kinds("Obama told reporters the deal was done.", published="2016-05-02") == [("Obama", "government")]
    assert _kinds("As The Hill reported, the deal was done.", published="2016-05-02") == [("Hill", "other")]


def test_a_sports_team_named_like_a_newspaper_is_no_news_source():
    text = (
        "“We played hard all season,” said Tom Reyes, a former Dallas Star.\n\n"
        "“The crowd carried us,” said Ana Ruiz, a guard for the Connecticut Sun."
    )
    assert _kinds(text) == [("Tom Reyes", "other"), ("Ana Ruiz", "other")]
    # controls: a newspaper's staff, after a modifier or a preposition, stay news sources
    text = (
        "“The numbers do not add up,” said Tom Reyes, a longtime Dallas Star columnist.\n\n"
        "“The crowd was small,” said Ana Ruiz of the Connecticut Sun."
    )
    assert _kinds(text) == [("Tom Reyes", "media"), ("Ana Ruiz", "media")]
    # a nameplate in the possessive after a position is the paper's own team
    assert _kinds("“The story holds up,” said Ana Ruiz, a key player on the Boston Globe's Spotlight team.") == [("Ana Ruiz", "media")]


def test_a_newspaper_with_a_word_between_its_city_and_nameplate_is_a_news_source():
    text = "“The governor ignored the warnings,” the Detroit Free Press wrote in an editorial on Sunday."
    assert _kinds(text) == [("Detroit Free Press", "media")]
    # control: a team with a word between its city and a nameplate-like word is none
    assert _kinds("“We will be back,” the Detroit Red Star said in a statement.") == [("Detroit Red Star", "other")]


def test_a_us_federal_agency_named_by_its_acronym_is_a_government_source():
    assert _kinds("“The plan would cost $400 billion,” the CBO said in a report on Tuesday.") == [("CBO", "government")]
    assert _kinds("“The storm will strengthen,” NOAA said in a statement.") == [("NOAA", "government")]
    # control: an acronym that is also a surname is left out of the list (it would match the name)
    assert _kinds("“The plan will fail,” said Gao Feng.") == [("Gao Feng", "other")]


def test_a_us_news_outlet_named_by_its_nameplate_is_a_news_source():
    assert _kinds("“The economy is slowing,” CNBC reported on Tuesday.") == [("CNBC", "media")]
    assert _kinds("“The plan would fail,” Business Insider reported.") == [("Business Insider", "media")]
    # control: a fire is no outlet, nor is a body whose name holds an outlet's word
    assert _kinds("“The fire is out,” said Tom Reyes, who watched the blaze from his porch.") == [("Tom Reyes", "other")]
    assert _kinds("“We disagree,” the Federalist Society said.") == [("Federalist Society", "advocacy")]


def _voices(text: str) -> list[tuple[str, str, bool, str]]:
    """(speaker, kind of speaker, named, kind of source) of every quote of an article with ``text`` as its body."""
    return [(q.speaker.name, q.speaker.kind, q.speaker.named, q.speaker.category) for q in body_quotes(text) if q.speaker]


def test_a_large_company_named_alone_is_a_business_or_finance_source():
    # "Pfizer said" was other, and "a General Motors spokesman" the military's "general" (speaker_roles.csv v15)
    assert _kinds("Pfizer said in a statement that the merger would close next year.") == [("Pfizer", "industry")]
    assert _kinds("A General Motors spokesman said sales fell in March.") == [("a General Motors spokesman", "industry")]
    assert _kinds("Analysts at Wells Fargo said rates would rise.")[0][1] == "finance"
    assert _kinds("Ann Roe, a spokeswoman for Exxon Mobil, said the refinery would reopen.") == [("Ann Roe", "industry")]
    # controls: a company's name that is a surname too is left out of the list ("Rep. Mike Honda", "Johanna Bayer")
    assert _kinds("Rep. Mike Honda said the bill would pass.") == [("Mike Honda", "government")]
    assert _kinds("Johanna Bayer, a Twitter user, said the ad was cruel.")[0][1] != "industry"


def test_a_body_the_lexicon_lists_by_a_one_word_name_is_named_where_it_opens_a_sentence():
    # "CNN reported ...", "Reuters said ...": the name finder reads the body's name (it is written elsewhere
    # mid-sentence), so the speaker is that named organisation, not an anonymous description
    assert _voices("CNN reported that the talks had ended. The mayor later spoke to CNN.")[0] == ("CNN", "organization", True, "media")
    assert _voices("Pfizer said the trial would resume. Shares of the drugmaker rose after Pfizer spoke.")[0] == (
        "Pfizer", "organization", True, "industry"
    )
    # controls: a plural description capitalised at a sentence's start stays a group, and "Police said" an
    # unnamed source
    assert _voices("Economists said the deal was bad. The view of Economists was clear.")[0][1:3] == ("group", False)
    assert _voices("Police said the man fled on foot.")[0][2] is False


def test_a_body_listed_by_its_whole_name_keeps_its_kind_over_its_apposition():
    # "Xinhua, the official Chinese news agency, wrote": state media, not the "news agency" of the apposition
    text = "“The admiral's remarks were unkind,” Xinhua, the official Chinese news agency, wrote. The report by Xinhua was brief."
    assert _kinds(text) == [("Xinhua", "state_media")]
    # control: a body the lexicon does not list by name takes its kind from its apposition
    text = "“The remarks were unkind,” Zenith Daily, the official city newspaper, wrote. The report by Zenith Daily was brief."
    assert _kinds(text) == [("Zenith Daily", "media")]


def test_a_listed_body_named_only_where_a_sentence_opens_is_a_named_organisation():
    # "Pfizer said ..." alone: the name finder does not read a capitalised word that only opens sentences, and
    # the role lexicon's row made it an anonymous description (so a later "he" could stand for it)
    assert _voices("Pfizer said the vaccine was safe.") == [("Pfizer", "organization", True, "industry")]
    quotes = body_quotes("Pfizer said the vaccine was safe.\n\n“We are proud of the trial,” he said.")
    assert quotes[1].speaker.name != "Pfizer"
    assert _voices("Reuters said the talks ended.") == [("Reuters", "organization", True, "media")]
    # controls: a common noun of a source stays unnamed, and a person named like a company left out of the list
    # stays a person
    assert _voices("Police said the man fled.")[0][2] is False
    assert _voices("Philip Morris, a retired teacher from Ohio, said the plan was bad.")[0][:2] == ("Philip Morris", "person")


def test_an_agency_credit_ending_the_article_signs_no_quotation():
    # "- Reuters." as an article's last line credits the agency; the quotation before it is not the agency's
    text = "The candidate mocked a reporter and called a supporter “my friend.”\n\n- Reuters."
    assert "Reuters" not in [q.speaker.name for q in body_quotes(text) if q.speaker]
    # control: a person's name after a dash signs the quotation
    text = "“The most unqualified child to ever run for president.” ― Francisco Herrero"
    assert [q.speaker.name for q in body_quotes(text)] == ["Francisco Herrero"]
