"""Issue 11 (PolNeAR direct quotes): English frames of direct quotes in US political news.

Sentences are real quotes of 2015–16 campaign coverage (Janet Yellen's rate decision, the
first presidential debate, Black Lives Matter marches), reworded frames where the article's own
would identify it."""

from __future__ import annotations

from . import conftest


def found(text: str):
    return conftest.found(text, "en")


def holding(text: str, needle: str):
    return conftest.holding(text, "en", needle)


def test_sentence_after_a_quote_is_not_its_frame_and_the_quote_continues():
    # the second quote ends with a full stop; "Greene added that …" starts a new sentence and
    # reports something else: the second quote continues the first one's statement
    text = ("“She has two opportunities now to set expectations for a rate hike in December,” said Megan "
            "Greene, chief economist at Manulife. “And Fed members have been tripping all over themselves "
            "to say they would like to normalize policy.” Greene added that the Fed wants to get out of "
            "the way before the election.")
    s = holding(text, "two opportunities")
    assert s is not None and s.type.value == "direct"
    assert [f.text[:8] for f in s.content] == ["“She has", "“And Fed"]
    assert "Greene" in s.speaker.text


def test_question_frame_with_a_capital_still_frames_its_quote():
    text = "“Who do you call?” Rubio asked on Sunday."
    s = holding(text, "Who do you call")
    assert s is not None and s.speaker is not None and s.speaker.text == "Rubio"


def test_described_speaker_whose_first_word_is_a_company():
    # the mention that opens the phrase ("DoubleLine Capital") is not followed by the cue: the
    # whole phrase, with the name at its end, is the speaker
    text = ("“I think there's a high probability of an accident,” DoubleLine Capital portfolio manager "
            "Bonnie Baha said at a recent event in New York.")
    s = holding(text, "high probability")
    assert s is not None and s.type.value == "direct"
    assert s.speaker is not None and "Baha" in s.speaker.text
    assert s.speaker_name is not None and "Baha" in s.speaker_name


def test_headline_word_before_a_paragraph_opening_with_a_cue_is_no_frame():
    text = "‘Bloodline’ Star Is Ready To Go ‘Girl’ Crazy.\n\nThanks to his latest act, the actor has a new title."
    assert holding(text, "Girl") is None


def test_long_sentence_framed_by_its_last_clause():
    text = ("Asked about reports that Trump has occasionally not paid anything in federal income taxes, as "
            "was true for the few years his tax returns were made public, Trump boasted, “That makes me "
            "smart.”")
    s = holding(text, "makes me smart")
    assert s is not None and s.type.value == "direct"
    assert s.content[0].text == "“That makes me smart.”"
    assert s.speaker is not None and s.speaker.text == "Trump"


def test_long_sentence_with_a_participle_cue_takes_the_sentence_subject():
    text = ("Protesters marched through the streets around the stadium where the Panthers played the Vikings "
            "on Sunday afternoon, blocking traffic for more than an hour, while chanting, “Hands up, don't "
            "shoot.”")
    s = holding(text, "Hands up")
    assert s is not None and s.content[0].text == "“Hands up, don't shoot.”"
    assert s.speaker is not None and s.speaker.text == "Protesters"


def test_described_speaker_opened_by_a_shorter_description():
    text = ("“My guilty pleasure TV show — ‘SNL,’ starring me,” the billionaire business mogul told People. "
            "“They got great ratings. The best ratings in years.”")
    s = holding(text, "guilty pleasure")
    assert s is not None and s.type.value == "direct"
    assert s.speaker is not None and s.speaker.text == "the billionaire business mogul"
    assert len(s.content) == 2 and s.content[1].text.startswith("“They got")


def test_possessive_speaker_phrase_opened_by_a_name():
    text = ("“Powell used his personal email account for unclassified messages,” Powell’s office said in a "
            "statement. “At the time there was no equivalent system within the department.”")
    s = holding(text, "personal email account")
    assert s is not None and s.speaker is not None and "Powell" in s.speaker.text
    assert len(s.content) == 2


def test_party_and_state_in_parentheses_do_not_end_the_sentence():
    from parallax.lang import get

    text = ("Sen. David Perdue (R-Ga.) said he didn’t believe those characterizations did Romney in in 2012. "
            "Rep. Gwen Moore (D-Wis.) said Friday. He left (and came back.) Then he sat.")
    spans = [s.text for s in get("en").sentences(text)]
    assert spans[0].startswith("Sen. David Perdue (R-Ga.) said he")
    assert spans[1] == "Rep. Gwen Moore (D-Wis.) said Friday."
    assert spans[-1] == "Then he sat."
    s = holding(text, "characterizations")
    assert s is not None and s.speaker is not None and s.speaker.text == "Sen. David Perdue"


def test_subject_of_an_adjective_complement_speaks():
    text = ("Yellen is likely to stress that the Fed would pause its rate hiking campaign quickly if it appears "
            "to be damaging the economy.")
    s = holding(text, "pause its rate")
    assert s is not None and s.speaker is not None and s.speaker.text == "Yellen"


def test_frame_with_party_and_state_continues_into_the_next_quote():
    text = ("“By nominally moving overseas, Pfizer is gaming the system,” Senate Minority Leader Harry M. Reid "
            "(D-Nev.) said in a statement. “It's time for Congress to get serious and close the loopholes.”")
    s = holding(text, "gaming the system")
    assert s is not None and len(s.content) == 2 and "Reid" in s.speaker.text


def test_sentence_opening_phrase_speaks_where_the_parse_finds_no_subject():
    text = ("But Republican activists clamoring to block Donald Trump from the GOP nomination say they’re "
            "suddenly in the midst of a Dump-Trump bump.")
    s = holding(text, "Dump-Trump bump")
    assert s is not None and s.speaker is not None
    assert s.speaker.text.startswith("Republican activists")


def test_sentence_opening_adverbial_is_no_speaker():
    from parallax.extract import parsed

    assert "in" in parsed._OPENERS and "yesterday" in parsed._OPENERS
    s = holding("Yesterday said the minister that he would come.", "he would come")
    assert s is None or s.speaker is None or s.speaker.text != "Yesterday"


def test_noun_a_participle_cue_hangs_from_speaks():
    text = ("Erin Brockovich, the legendary environmental activist and lawyer, endorsed Sanders’ approach "
            "Saturday, saying she hadn’t yet called for the governor’s resignation.")
    s = holding(text, "governor’s resignation")
    assert s is not None and s.speaker is not None and s.speaker.text.startswith("Erin Brockovich")
    assert s.speaker_name == "Erin Brockovich"


def test_show_title_inside_the_frame_does_not_end_the_statement():
    text = ('"You can\'t pick up the phone and call Syria, and that\'s one of the reasons why I\'ve said we won\'t '
            'be able to take more refugees," Rubio said on ABC\'s "This Week With George Stephanopoulos." '
            '"Because there\'s no way to background-check someone that\'s coming from Syria. Who do you call?"')
    s = holding(text, "pick up the phone")
    assert s is not None and len(s.content) == 2 and s.content[1].text.startswith('"Because')
    assert holding(text, "This Week") is None
    text2 = ("“We’re not winning, but it’s too soon to say,” Clinton said on ABC’s “This Week” on Sunday. “I "
             "think that’s what we’ll hear from the president.”")
    s = holding(text2, "not winning")
    assert s is not None and len(s.content) == 2


def test_frame_after_a_question_that_leads_into_the_next_quote_is_the_next_quotes():
    text = ("Blumenthal was asked, “If you had known she had a personal server, would you have told her it’s "
            "not a good idea?” He answered, “I have no idea. We’re old friends.”")
    q = holding(text, "personal server")
    a = holding(text, "I have no idea")
    assert q is not None and a is not None and q is not a
    assert q.speaker is not None and q.speaker.text == "Blumenthal"
    assert a.speaker is not None and a.speaker.text == "He" and len(a.content) == 1


def test_name_right_before_a_colon_speaks():
    text = ("What that means for this year’s presidential election - More from Jeffrey Jones: “The "
            "partisanship of the state population is a starting point in determining a state’s likely vote.”")
    s = holding(text, "partisanship")
    assert s is not None and s.speaker is not None and s.speaker.text == "Jeffrey Jones"


def test_whole_quoted_sentence_right_after_a_speech_cue():
    text = ("Speaker of the House Rep. Paul Ryan (R-WI) said “anti-Semitic images, they’ve got no place in a "
            "presidential campaign.”")
    s = holding(text, "anti-Semitic images")
    assert s is not None and s.type.value == "direct"
    assert s.content[0].text == "“anti-Semitic images, they’ve got no place in a presidential campaign.”"
    assert s.speaker is not None and "Ryan" in s.speaker.text


def test_quoted_phrase_after_a_cue_stays_in_its_clause():
    text = "Trump said waterboarding is “peanuts” compared to what Islamic State militants are doing."
    s = holding(text, "peanuts")
    assert s is not None and s.type.value != "direct"


def test_quote_after_a_colon_is_the_statement_not_its_frame():
    text = ('Asked why, Mel Sembler responded in a text message: "Trump will be the Republican Party\'s '
            'nominee."')
    s = holding(text, "Republican Party")
    assert s is not None and s.type.value == "direct"
    assert s.content[0].text == '"Trump will be the Republican Party\'s nominee."'
