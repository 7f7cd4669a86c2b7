"""One appeal packet: the letter, a numbered list of exhibits, then each exhibit, every page
stamped with its exhibit and page; a hostile PDF goes in without its active content."""

import io
import re

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from appeals import packet
from appeals.forms import PacketForm
from patients.models import Document
from tests.patients.test_documents import pdf_bytes, png_bytes

pytestmark = pytest.mark.django_db


def keep(case, title, data, file_type="application/pdf", pages=1, kind="medical_record"):
    return Document.objects.create(
        case=case,
        kind=kind,
        title=title,
        file_type=file_type,
        size=len(data),
        pages=pages,
        sha256="0" * 64,
        data=data,
    )


def hostile_pdf():
    """A page with a script that runs when the file or the page opens, an attached program and
    a link to a stranger's site."""
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    script = writer._add_object(
        DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('hello');"),
            }
        )
    )
    writer._root_object[NameObject("/OpenAction")] = script
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): script})
    writer.add_attachment("payload.exe", b"MZ not really a program")
    writer.add_annotation(0, Link(rect=(50, 50, 200, 80), url="https://attacker.example/"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def texts(pdf):
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def made(full_case):
    documents = [
        keep(full_case, "Denial letter", pdf_bytes(2), kind="denial_notice"),
        keep(full_case, "Dr. Lee's notes", pdf_bytes(3)),
        keep(full_case, "Photo of the plan page", png_bytes(), "image/png", kind="plan_document"),
    ]
    kind, target = packet.lead_options(full_case)[0]
    version = packet.make_packet(full_case, kind, target, documents, with_sources=False)
    return full_case, kind, version


def test_a_packet_holds_the_letter_the_list_and_every_page_of_each_exhibit(made):
    case, kind, version = made
    pages = texts(bytes(version.pdf))
    letter_pages = sum(1 for t in pages if "Letter, page" in t)
    list_pages = sum(1 for t in pages if "List of exhibits, page" in t)
    assert letter_pages >= 1 and list_pages == 1
    assert len(pages) == letter_pages + list_pages + 2 + 3 + 1
    assert version.kind == "appeal-packet" and version.context["pages"] == len(pages)
    assert [e["title"] for e in version.context["exhibits"]] == [
        "Denial letter",
        "Dr. Lee's notes",
        "Photo of the plan page",
    ]
    listing = next(t for t in pages if "List of exhibits, page" in t)
    assert "Denial letter" in listing and "Dr. Lee's notes" in listing


def test_every_page_is_stamped_with_its_place(made):
    pages = texts(bytes(made[2].pdf))
    total = len(pages)
    for n, text in enumerate(pages, start=1):
        assert f"packet page {n} of {total}" in text, (n, text[:200])
    stamped = [re.search(r"Exhibit (\d), page (\d) of (\d)", t) for t in pages]
    assert [m.groups() for m in stamped if m] == [
        ("1", "1", "2"),
        ("1", "2", "2"),
        ("2", "1", "3"),
        ("2", "2", "3"),
        ("2", "3", "3"),
        ("3", "1", "1"),
    ]


def test_a_hostile_pdf_goes_in_without_its_active_content(full_case):
    source = hostile_pdf()
    assert b"/JavaScript" in source and b"/EmbeddedFile" in source and b"/URI" in source
    kind, target = packet.lead_options(full_case)[0]
    evil = keep(full_case, "Forwarded records", source)
    version = packet.make_packet(full_case, kind, target, [evil], with_sources=False)
    pdf = bytes(version.pdf)
    reader = PdfReader(io.BytesIO(pdf))
    assert not reader.attachments
    assert "/Names" not in reader.trailer["/Root"] and "/OpenAction" not in reader.trailer["/Root"]
    for page in reader.pages:
        assert "/AA" not in page
        assert "/Annots" not in page or all(
            "/URI" not in str(a.get_object()) for a in page["/Annots"]
        )
    for marker in (b"/JavaScript", b"/JS", b"/EmbeddedFile", b"attacker.example", b"payload.exe"):
        assert marker not in pdf, marker


def test_the_sources_the_letter_cites_can_be_an_exhibit(full_case):
    kind, target = packet.lead_options(full_case)[0]
    version = packet.make_packet(full_case, kind, target, [], with_sources=True)
    # The appeal for this case cites sources: their summaries are the only exhibit.
    [exhibit] = version.context["exhibits"]
    assert exhibit["title"].startswith("Summaries of the published sources")
    assert any("What it found" in t for t in texts(bytes(version.pdf)))


def test_the_appeal_step_makes_a_packet_of_the_chosen_documents(patient_client, full_case):
    chosen = keep(full_case, "Denial letter", pdf_bytes(2), kind="denial_notice")
    keep(full_case, "Not this one", pdf_bytes(5))
    page = patient_client.get(f"/cases/{full_case.pk}/steps/appeal/").text
    assert 'id="packet"' in page and "Make the packet" in page
    form = PacketForm(case=full_case)
    lead = next(iter(form.leads))
    response = patient_client.post(
        f"/cases/{full_case.pk}/packet/new/",
        {"packet-lead": lead, "packet-documents": [str(chosen.pk)]},
    )
    assert response.status_code == 302
    version = full_case.letters.get(kind="appeal-packet")
    assert response["Location"].endswith(f"#letter-{version.pk}")
    assert [e["title"] for e in version.context["exhibits"]] == ["Denial letter"]
    page = patient_client.get(response["Location"]).text
    assert f"/cases/{full_case.pk}/letters/{version.pk}/download/" in page
    assert (
        patient_client.get(f"/cases/{full_case.pk}/letters/{version.pk}/download/").content[:5]
        == b"%PDF-"
    )


def test_a_packet_form_with_a_problem_is_said_beside_it(patient_client, full_case):
    response = patient_client.post(
        f"/cases/{full_case.pk}/packet/new/",
        {"packet-lead": "appeal|nothing:0", "packet-documents": ["999999"]},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not full_case.letters.filter(kind="appeal-packet").exists()


def test_another_persons_case_has_no_packet(client, full_case, other_patient):
    client.force_login(other_patient)
    assert client.post(f"/cases/{full_case.pk}/packet/new/").status_code == 404


def test_a_letter_of_support_to_fill_in_goes_in_the_packet_once_kept(patient_client, full_case):
    response = patient_client.post(f"/cases/{full_case.pk}/letters/support-letter/new/")
    assert response.status_code == 302
    version = full_case.letters.get(kind="support-letter")
    text = " ".join(texts(bytes(version.pdf)))
    assert "Letter of support" in text and "Say only what you have seen yourself" in text
    assert full_case.patient_name in text
    assert "as a letter of support" in text  # how it comes back: kept as a document
    signed = keep(full_case, "Letter from my sister", pdf_bytes(1), kind="support_letter")
    kind, target = packet.lead_options(full_case)[0]
    made = packet.make_packet(full_case, kind, target, [signed], with_sources=False)
    assert made.context["exhibits"][0]["title"] == "Letter from my sister"
