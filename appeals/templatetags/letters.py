"""The letters a page offers, for templates of pages that know nothing of letters."""

from django import template

from ..forms import PacketForm
from ..kinds import pages
from ..offers import letter_offers, waiting_kinds
from ..packet import KIND as PACKET

register = template.Library()


@register.simple_tag
def offers_letters(page):
    """Whether a page (a step's slug, or "dashboard") offers any letter to the patient."""
    return page in pages()


@register.simple_tag
def page_letters(case, page):
    """(offers, kinds still waiting for something to make them for) on a patient's page."""
    return letter_offers(case, page), waiting_kinds(case, page)


@register.simple_tag
def packet_offer(case, bound=None):
    """(the packet form, bound if it came back with a problem; the packets made so far)."""
    form = bound or PacketForm(case=case)
    # Not the PDFs themselves: each is kept encrypted, and the list needs only their details.
    return form, list(case.letters.filter(kind=PACKET).defer("pdf"))
