"""Reasons a reviewer gives by what was looked for and not found: "We did not find a PHQ-9 … score
in any of the records we received", "We did not find either one listed as a plan provider",
"We have no record of receiving any of these records". Part of `phrases.REASON_PATTERNS`: each
pattern is one more way of saying its kind."""

# looked for and not found: "did not find", "could not find", "found no", "see no"
LOOKED = (
    r"\b((did|could|do|can)( not|n't) (find|locate|see)|were unable to (find|locate)|found no)\b"
)

NOT_FOUND = {
    # a rating score the policy asks for, or a note or record showing what it asks for (not the
    # need itself, nor an approval or a network, which are other kinds)
    "criteria_not_met": LOOKED + r"(?![^.]{0,200}\b(medically (necessary|needed)|medical necessity|"
    r"authori[sz]ation|approval|referral|network|contract\w*|enroll\w*|eligib\w*|premiums?|"
    r"payments?)\b)(?:[^.]{0,80}\b(baseline|"
    r"rating[- ]scale|PHQ-9|MADRS|HAM-?D|QIDS|depression)\b[^.]{0,20}\b(scores?|ratings?|"
    r"measures?)\b|[^.]{0,30}\b(notes?|records?|documentation|scores?)\b[^.]{0,60}\b(showing|"
    r"that shows?|to show|documenting) that\b)",
    # the provider not in the plan's lists or contracts
    # (not where the care was paid all the same: "…, but we approved the visit at the in-network
    # rate")
    "out_of_network": LOOKED + r"[^.]{0,60}\blisted as an? (plan|network|participating|"
    r"contracted|in-network) (provider|doctor|clinic|facility|pharmacy)\b(?![^.]{0,80}\bbut (we|"
    r"the plan|your plan) (approved|paid|covered|allowed)\b)|\bfound no (agreement|"
    r"contract|participation agreement)\b[^.]{0,30}\bwith (either|the|this|that|your|any)\b",
    # the service on none of the lists of what the plan covers
    "exclusion": LOOKED + r" (this|the|that) (service|drug|treatment|item|procedure|code)\b"
    r"[^.]{0,20}\b(on|in|among) (either|any|the|our|your|its)\b[^.]{0,40}\b(lists?|handbook|"
    r"schedule|formulary)\b|"
    # an account that pays back only some costs: "your employer's ICHRA does not reimburse the
    # cost of medical services that your individual health insurance policy did not cover"
    r"\b(does not|doesn't|will not|won't|cannot|can't) reimburse (the )?(cost|costs|expenses?) (of|"
    r"for)\b",
    # what was asked for never came (not an approval never asked for, nor an appeal)
    "missing_docs": r"\b(have|had|has) no record of (receiving|getting)\b(?![^.]{0,60}\b("
    r"authori[sz]ation|approval|referral|appeal|grievance|premiums?|payments?)\b)|"
    # an account's proof: "the documents you sent do not substantiate the expense", "… require a
    # Letter of Medical Necessity …, and we did not receive one with this claim"
    r"\b(documents?|receipts?|records?)\b[^.]{0,30}\b(do|does|did) not substantiate\b|"
    r"\bwe did not (receive|get) one\b|"
    # "we did not receive the Explanation of Benefits from your insurer that we asked you for"
    r"\b(did not|didn't) (receive|get) the\b[^.]{0,80}\b(that |which )?we asked (you|your [\w ]{1,"
    r"20}|them) (to send|for)\b|"
    # a checklist's "We did not get all of the information we needed from your provider"
    r"\b(did not|didn't) (get|receive) all (of )?the (information|records|documents) (we|that we) "
    r"needed\b",
}
