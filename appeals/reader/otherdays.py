"""The days and dates a letter gives that are not its appeal deadline: how long a decision
takes, keeping services during an appeal, a provider's corrected claim, a complaint to the
regulator, days counted back or from a later level's decision still to come."""

import re

# A clause about something other than the deadline to appeal, around the date or days it gives.
NOT_APPEAL_DEADLINE = re.compile(
    r"\b(we (will|must|have to) (decide|respond|answer|reply|make|send|notify|give|review)|"
    r"decide (your|the) appeal|respond within|make (a|our) decision|to decide|you will (get|"
    r"receive)|continue|"
    r"keep (getting|receiving|covering|paying for|your (services?|benefits?|treatments?|care|"
    r"sessions))|after we (receive|get)|will be decided|notify you|send you)\b|"
    r"\b(our|a|the) decision within|\bdecide[sd]? within|\breviewed (on|under|within)\b|"
    r"\b(decides|decide (it|them|an?|your)\b|we decide\b)[^.]{0,60}\bwithin\b|"
    r"\bwaiting the (standard|usual) \d+|"
    # the reviewer's own time: "The IRO will send its decision to you … within 45 days"
    r"\b(will|must|shall) (send|issue|mail|give|make|provide|tell you) (you )?(its|their|a|the) "
    r"(written )?decision\b[^.]{0,50}\bwithin\b|\b(standard|expedited|fast|"
    r"usual)\W{1,2}(\(?\d+-day\)?\W{1,2})?(timeline|time ?frame)\b|"
    # a complaint to the regulator, not an appeal to the plan
    r"\bcomplaint with (the |your )?(state('s)? )?[\w ]{0,30}(department|division|office|"
    r"commissioner|bureau)\b|"
    # a provider's time to send a corrected claim: "Providers have 90 days … corrected claim",
    # "Providers may submit corrected claims within 365 days of the date of service"
    # (not an appeal's: "you or your provider may appeal or submit a corrected claim within …")
    r"\bproviders? ((have|has|must)\b[^.]{0,40}\b|(may|can) )(submit|send|file) (a )?corrected "
    r"claims?\b|"
    # a resubmission's limit: "This is not an appeal, and you can do it any time within the
    # plan's one-year filing limit (by 01/05/2027 for this fill)"
    r"\b(this|that|it|(a|the) [\w-]+) is not an appeal\b|\bfiling limit\W{1,3}\(?by\b|"
    # an appeal already made in time: "Your appeal was filed within the 60 calendar days allowed";
    # what any member has in general ("a member generally has 180 days to file a grievance"); what
    # to send while a review goes on ("so that we receive it by July 2, 2026")
    r"\b(was|were) (filed|received|made|sent|submitted) within the \d+\b|\b(filed|submitted|sent|"
    r"made) (this|your|the) ([\w-]+ ){0,2}(appeal|request|grievance) within\b|\b(a|any) ("
    r"member|person|consumer|patient|enrollee) (generally |usually |typically |normally )?(has|"
    r"have)\b|\b(more|"
    r"additional|this) information\b(?![^.]{0,120}\bappeal)[^.]{0,120}\bso (that )?we (receive|"
    r"get) it\b|\bmore information (that )?you would like us to consider\b|\bso (that )?it can be "
    r"considered before\b|"
    # the plan's time, where a regulator explains its own: "if Health Net does not resolve your
    # grievance within 30 days, you may apply for an IMR"
    r"\b(does not|doesn't|did not|fails? to) (resolve|decide|answer)\b[^.]{0,40}\bwithin\b|"
    # a review of another kind: "ask us to reopen this review within 60 days", "request a
    # retrospective review within 60 days", a peer-to-peer talk "by May 22, 2026", how long a
    # reconsideration usually takes ("usually finishes a reconsideration within 30 days")
    r"\breopen(ing)?\b|\bretrospective review\b|\bpeer[- ]to[- ]peer\b|\b(discuss|talk about) ("
    r"this|the) (decision|determination) with\b|\b(finish|finishes|complete|completes) (a|an|the|"
    r"your) (reconsideration|review|appeal) within\b|"
    # a corrected claim's time, or a provider's review counted from the service ("within 90 days
    # of the last date of service"), and a balance held while you decide
    r"\b(can|may|must) (send|submit|file) a corrected claim\b|\bdays (of|from|after) the (last )?("
    r"date of service|service date|dates? of service)\b|\bwhile you decide\b|"
    # the appeal in hand, on time: "You filed your appeal within the 180 days allowed"
    r"\byou (filed|sent|submitted|made) (your|the|this) (appeal|request)\b[^.]{0,20}\bwithin\b|"
    # the Marketplace's own appeal of eligibility, not the plan's: "… an eligibility appeal with
    # the Health Insurance Marketplace within 90 days"
    r"\beligibility appeal\b",
    re.I,
)


# Keeping services during an appeal: "within 10 days …, or before …, whichever is later, and
# say that you want your treatment to continue", "… or before the date this action takes effect".
KEEP_SERVICES = re.compile(
    r"\bwhichever is later\b[^.]{0,120}\b(continu|keep)\w*|\b(continu|"
    r"keep)\w*\b[^.]{0,160}\bwhichever is later\b|"
    r"\bbefore the (date )?(this|the) (action|change|reduction) takes effect\b",
    re.I,
)
DAYS_BEFORE = re.compile(r"\W*\w+\W+(calendar |business )?days?\s+(before|prior to)\b", re.I)
# Days counted back ("your office notes for the last 90 days"), or from a later level's decision
# ("within 60 days of the IRE's decision"): not this notice's deadline.
LOOK_BACK = re.compile(r"\b(last|past|previous|prior|preceding)\s+$", re.I)
FROM_LATER_DECISION = re.compile(
    r"\W*\w+\W+(calendar |business )?days?\s+(of|from|after)\s+(the date (of|on) )?(the |its |"
    r"their )?(IRE|IRO|independent review \w+|judge|ALJ|hearing officer)('s)?\s+"
    r"(decision|ruling|determination)",
    re.I,
)
# From an appeal's decision still to come, as a first denial counts the next step's days: "120
# days from the date of our appeal letter", "after you receive our final adverse decision".
FROM_APPEAL_LETTER = re.compile(
    r"\W*\w+\W+(calendar |business )?days?\s+(of|from|after)\s+(the date (of|on) |(the date )?you ("
    r"receive|"
    r"get) |receiving |getting )?(our|the|that) ((appeal|grievance|reconsideration|"
    # "after you receive our final adverse decision", "of getting that decision" (the next level's)
    r"redetermination) (letter|decision|notice)|final (internal )?(adverse )?(benefit )?(decision|"
    r"determination)|(?<=that )decision\b)",
    re.I,
)


def about_something_else(sentence, start):
    """Whether the clause around the date or days at `start` is about something other than the
    deadline to appeal: how long a decision takes, keeping services (OCR may run a heading and
    the next paragraph into the sentence before it)."""
    return bool(
        NOT_APPEAL_DEADLINE.search(sentence[max(0, start - 120) : start + 60])
        or KEEP_SERVICES.search(sentence)
        or LAWSUIT.search(sentence[:start])
    )


# A lawsuit's limit, said before its days: "any legal action must be brought within 180 days
# after …", "you must file any such action within 180 days"
LAWSUIT = re.compile(r"\b(legal|civil|such) actions?\b|\b(a|any|the) (lawsuit|suit)\b", re.I)
