"""English word lists: pronouns, titles, role and organisation nouns, forenames, venues."""

from __future__ import annotations

import re

COMPLEMENTISERS = frozenset({"that"})

#: pronoun → (gender, number); gender None = any
PRONOUNS = {
    "he": ("m", "sg"), "she": ("f", "sg"), "they": (None, "pl"), "it": ("n", "sg"),
    "who": (None, "any"), "him": ("m", "sg"), "her": ("f", "sg"),
}

TITLES = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "lady": "f", "lord": "m", "dr": None, "dr.": None, "prof": None,
    "president": None, "prime": None, "minister": None, "senator": None, "sen": None,
    "sen.": None, "rep": None, "rep.": None, "gov": None, "gov.": None, "governor": None,
    "general": None, "gen.": None, "secretary": None, "chancellor": None, "ambassador": None,
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "pope": "m", "judge": None,
    "mayor": None, "speaker": None, "leader": None, "spokesman": "m", "spokeswoman": "f",
    "chairman": "m", "chairwoman": "f", "director": None, "commander": None, "colonel": None,
    "col.": None, "lt.": None, "sgt.": None, "captain": None, "capt.": None, "justice": None,
    "attorney": None, "deputy": None, "foreign": None, "defense": None, "defence": None,
    "state": None, "vice": None, "former": None, "chief": None, "patriarch": "m",
    "metropolitan": "m", "archbishop": "m", "bishop": "m", "congressman": "m",
    "congresswoman": "f", "councilman": "m", "councilwoman": "f", "businessman": "m",
    "businesswoman": "f", "pm": None,
}

ROLE_NOUNS = frozenset("""
pm
president leader spokesman spokeswoman spokesperson minister secretary official officials
senator governor candidate chairman chairwoman chair director chief head ambassador general
commander adviser advisor aide premier lawmaker lawmakers diplomat diplomats analyst analysts
expert experts source sources mayor representative congressman congresswoman nominee dictator
chancellor king queen prince lawyer attorney prosecutor judge economist professor researcher
author editor journalist correspondent reporter activist ceo founder executive manager
strategist pollster deputy member resident witness voter voters supporter supporters critic
critics observer observers officer officers spokespeople leaders ministers presidents
administration counterpart envoy negotiator commissioner governor-elect president-elect
incumbent challenger hopeful frontrunner front-runner billionaire businessman businesswoman
mogul host anchor man woman people father mother wife husband son daughter student teacher
doctor scientist scientists spokesmen officials rival opponent opponents ally allies
republican republicans democrat democrats delegate delegates staffer staffers manager
""".split())

ORG_NOUNS = frozenset("""
kremlin ministry government white house pentagon department agency office committee campaign
party embassy administration company police army military council commission parliament
court service bureau cabinet state-department headquarters staff team group organization
organisation union alliance nato un eu fbi cia pentagon network firm spokesperson statement
report study survey poll newspaper website channel
""".split())

#: capitalised words that are never names on their own
NOT_NAMES = frozenset("""
the a an this that these those it its he she they we i you his her their our my your but and or
so yet for if when while as at in on of to by with from after before since although though
because however meanwhile also then there here what which who whom whose where why how
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr according asked speaking
earlier later last next one two three some many most all both each every no not nor
in-depth even still just only now today yesterday tomorrow instead indeed perhaps
""".split())

#: words that may stand between a speaker and the cue verb ("Smith has also said")
FILLERS = frozenset("""
himself herself themselves
has had have also had once again later then further previously recently repeatedly reportedly
publicly privately openly flatly firmly bluntly quickly immediately initially finally again
already even only simply just often frequently earlier still would will could might may can
did does do not never always first last ago today yesterday on monday tuesday wednesday
thursday friday saturday sunday is was were been being has to continued continues continue
went goes tried tries sought refused refuses wanted wants appeared appears seemed seems began begins
""".split())

MALE_NAMES = frozenset("""
alexander aleksandr oleksandr alexei alexey aleksei vladimir volodymyr dmitry dmitri dmytro
sergei sergey serhiy sergiy andrei andriy andrey mikhail mykhailo ivan petro pyotr peter
yuri yuriy viktor victor nikolai mykola boris ihor igor oleg vitali vitaly vitaliy maksim
maxim pavlo pavel kirill kyrylo denys denis roman ruslan vadym vadim valery valeriy anatoly
john james robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward
ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry
tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
vincent russell elijah louis bobby philip johnny bernie ted marco mike chris jeb rand ben
barack bill hillary emmanuel olaf boris rishi keir antony lloyd jens recep xi narendra
emmanuel mitch chuck nancy kamala lindsey rudy rudolph newt rick jim tim tom dan dick
""".split()) - {"nancy", "kamala", "hillary", "lindsey"}

FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary
kamala lindsey ursula angela theresa liz kaja annalena giorgia marine nikki sarah carly
elena olena yelena maria mariya mariia yulia yuliya iryna irina svetlana natalia nataliya
tatiana tetiana olga olha anastasia lyudmila valentina oksana marina alla veronika sviatlana
""".split())

_NAME = r"(?:the\s+)?(?P<n>[A-Z0-9][\w’'&.\-]*(?:\s+(?:[A-Z0-9][\w’'&.\-]*|of|de|al)){0,5})"
_MEDIA_TAIL = (r"(?:(?:\s+state)?\s+(?:TV|television|radio)(?:\s+channel|\s+station|\s+network)?|\s+channel|\s+newspaper|"
               r"\s+daily|\s+magazine|\s+broadcaster|\s+network|\s+news\s+agency|\s+agency|\s+website|\s+podcast|"
               r"\s+show|\s+programme|\s+program)?")
_END = r"(?=[\s,.;:!?)’”\"']|$)"

VENUE_PATTERNS = tuple(re.compile(p) for p in (
    r"(?P<v>answering\s+(?:the\s+)?(?P<n>[A-Z0-9][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*){0,3})[’']s?\s+questions)",
    r"(?P<v>(?:[Ii]n|[Dd]uring)\s+(?:an?|his|her|their|the)\s+(?:\w+\s+){0,2}interview\s+(?:with|to|on|for)\s+"
    + _NAME + _MEDIA_TAIL + ")" + _END,
    r"(?P<v>(?:told|telling|tells|tell)\s+(?:the\s+)?(?P<n>[A-Z0-9][\w’'&.\-]*(?:\s+[A-Z0-9][\w’'&.\-]*){0,4})" + _MEDIA_TAIL + ")" + _END,
    r"(?P<v>(?:told|telling|tells|tell)\s+(?P<n>reporters|journalists|the\s+press|the\s+media|lawmakers|parliament|"
    r"the\s+audience|supporters|the\s+crowd|(?:the\s+)?(?:state\s+)?television|state\s+media))" + _END,
    r"(?P<v>(?:speaking|talking)\s+(?:to|with)\s+(?P<n>reporters|journalists|the\s+press|(?:the\s+)?[A-Z0-9][\w’'&.\-]*(?:\s+[A-Z0-9][\w’'&.\-]*){0,4}))" + _END,
    r"(?P<v>(?:[Aa]t|[Dd]uring)\s+an?\s+(?P<n>(?:joint\s+|news\s+|press\s+)?(?:press\s+conference|news\s+conference|briefing|"
    r"rally|summit|forum|meeting|hearing|press\s+event|town\s+hall|debate)))" + _END,
    r"(?P<v>(?:on|in\s+a\s+post\s+on|in\s+a\s+video\s+on|posted\s+on|wrote\s+on)\s+(?:his\s+|her\s+|their\s+)?"
    r"(?P<n>Telegram|Twitter|X|Facebook|Instagram|Truth\s+Social|YouTube|TikTok|VKontakte)(?:\s+channel|\s+account|\s+page)?)" + _END,
    r"(?P<v>(?:on|in\s+an?\s+appearance\s+on)\s+(?P<n>(?:CNN|Fox\s+News|MSNBC|NBC|ABC|CBS|BBC|NPR|Sky\s+News)(?:[’']s\s+[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,3})?))" + _END,
))

#: a medium relays someone else's words with these ("…, Reuters reported")
PUBLISH_VERBS = frozenset("write report quote publish cite".split())

#: role heads that refer back to the article's main figure ("the Belarusian leader")
GENERIC_ROLES = frozenset("leader president premier chancellor dictator politician head".split())

#: first-person pronouns: a narrator or interviewee speaking of himself
NARRATORS = frozenset("i me".split())

PLURAL_SUFFIXES = ("s", "es")
ADVERB_SUFFIXES = ("ly",)
PARTICIPLE_SUFFIXES = ("ing",)
HEADLINE_CASE = True

#: words that end a speaker's lower-case modifiers ("said former governor X", not "said in a statement X")
FUNCTION_WORDS = frozenset("""in on at to of for with by from that this these those the a an and or but as
about after before during over under he she they it we i you who which his her their its there here
when while if because not no so another one some many several most other others each every both all any""".split())
