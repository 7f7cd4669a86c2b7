"""Sentences that name a reason without deciding on it — a provider's network status, "no
authorization number", what another body's letter said, what you may be billed — which give a
reason only where the letter gives none of its own."""

import re

# A provider's network status or the plan's out-of-network benefit, told without a denial:
# "Provider: Solace Ketamine Wellness - out of network", "covered under your out-of-network
# benefits", "Your plan pays 60% … for out-of-network care"
NETWORK_STATUS = re.compile(
    r"^(?!.*(\b(denied|deny|denies|not|no|never|none|nobody|cannot|only|except|unless|"
    r"excluded|because)\b|n't\b|\b(is|are|was|were) out[- ]of[- ]network\b)).*(\bout[- ]of[- ]"
    r"network\b|\bnetwork status\W{1,3}non-?(participating|contracted|par)\b)",
    re.I,
)
# "Authorization #: None", which an explanation of benefits prints where none was needed too
NO_AUTH_NUMBER = re.compile(
    r"^\W*(PA|prior auth\w*|auth(ori[sz]ation)?|precert\w*) (number|#)\s*[:–—-]\s*(no|none)\b",
    re.I,
)
ACCOUNT = re.compile(
    r"^\W*([\d/]{6,10}:?\s+|on [^,.]{4,25},\s*)?the (carrier|insurer|issuer|health plan|plan|HMO|"
    r"MCO|payer)\b[^.]{0,10}\b(denied|upheld)\b[^.]{0,60}\b(stating|saying|citing|explaining)\b|"
    r"^\W*(its|their|the (carrier|plan|insurer)['’]s) (letter|notice|(appeal )?decision)\b"
    r"[^.]{0,40}\b(repeated|added|stated|said) that\b",
    re.I,
)
# What you may be billed, and why: "Because the clinic is not contracted with us, the provider may
# ask you to pay for lines 1 and 2": a reason only where the letter gives no other.
BILLED = re.compile(
    r"^(?![^.]*\b(denied|deny|denies|not (paid|covered|approved))\b)[^.]*\b(provider|clinic|"
    r"doctor|pharmacy|facility|it|they)s? (may|can|could|might|will) (ask you to pay|bill you|"
    r"charge you|send you a bill)\b|"
    # "… is a participating provider, it has agreed not to bill you for the amounts listed under
    # 'Amount not covered'"
    r"\b(has|have) agreed not to (bill|charge) you\b|"
    # "… under your provider's network agreement you may be billed for services the Plan does not
    # cover if you agreed in writing before the service"
    r"\b(you|the member|the patient) (may|can|could|might) be billed for\b",
    re.I,
)


# What a notice says of this claim itself, not a key's entry: "We denied …", "Benefits for these
# charges are denied because …" (on a page whose PDF text runs on into its key as one paragraph).
OWN_WORDS = re.compile(
    r"^\W*(we|our)\b|\bwe (also )?(denied|decided|have denied)\b|\b(these|this|your) (charges|"
    r"claim|services?|bills?)\b[^.]{0,30}\b(are|were|is|was) (denied|not (paid|payable|covered))"
    r"\b(?![^.]{0,20}\bif\b)",
    re.I,
)
