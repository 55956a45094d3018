"""Builders for small programme trees: faster than the full demo and explicit about what a test contains."""

import datetime
import itertools

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.snippets import Organisation, Person
from professionalisering.demo import tiny_pdf
from professionalisering.models import (
    LearningModuleDate,
    LearningModulePage,
    LearningModuleTeacher,
    ProgrammeLineAction,
    ProgrammeLineContact,
    ProgrammeLinePage,
    ResultPage,
)

_counter = itertools.count(1)


def publish(page, user=None):
    page.save_revision(user=user).publish()
    return page


def add(parent, page, user=None):
    parent.add_child(instance=page)
    return publish(page, user)


def make_image(title="Omslag"):
    image = get_image_model()(title=title, file=get_test_image_file(filename=f"omslag-{next(_counter)}.png"))
    image.save()
    return image


def make_document(title="Kritische beroepssituaties"):
    document = get_document_model()(title=title)
    document.file = ContentFile(tiny_pdf(title, ["Testdocument"]), name=f"document-{next(_counter)}.pdf")
    document._set_document_file_metadata()
    document.save()
    return document


def make_person(name, abbreviation="IGJ", organisation_name="Inspectie Gezondheidszorg en Jeugd"):
    organisation, _created = Organisation.objects.get_or_create(abbreviation=abbreviation, defaults={"name": organisation_name})
    return Person.objects.create(name=name, role="Senior inspecteur", organisation=organisation, email=f"{next(_counter)}@example.org")


def make_line(programme, slug, *, actions=1, results=1, contacts=1, number=1, user=None):
    """A programme line with `actions` actions, `results` result pages (each with cover and document) and `contacts` people."""
    line = ProgrammeLinePage(
        title=f"Programmalijn {slug}",
        slug=slug,
        number=number,
        summary="Eén zin over deze programmalijn.",
        intro="Waar het in deze lijn om draait.",
        goals="<p>Een gedeelde professionaliseringsagenda.</p>",
        organisation="<p>Een netwerk van contactpersonen.</p>",
        actions=[
            ProgrammeLineAction(text=f"Actie {i}", status="gestart", date=datetime.date(2025, 3, 13) if i % 2 else None, period="najaar 2025")
            for i in range(actions)
        ],
        contacts=[ProgrammeLineContact(person=make_person(f"Contact {slug} {i}", abbreviation=f"O{slug[:4]}{i}")) for i in range(contacts)],
    )
    add(programme, line, user)
    for i in range(results):
        add(
            line,
            ResultPage(
                title=f"Resultaat {slug} {i}",
                slug=f"resultaat-{i}",
                kind="publicatie",
                summary="Een korte samenvatting.",
                year=2020 + i,
                cover_image=make_image(f"Omslag {slug} {i}"),
                cover_image_alt=f"Voorkant van resultaat {i}",
                document=make_document(f"Document {slug} {i}"),
            ),
        )
    return line


def make_module(trajectory, number, title, teachers=(), dates=()):
    module = LearningModulePage(
        title=title,
        slug=f"module-{number}",
        number=number,
        theme_line=f"Themaregel {number}",
        description=f"<p>Omschrijving van module {number}.</p>",
        teachers=[LearningModuleTeacher(person=person) for person in teachers],
        dates=[LearningModuleDate(date=date, note="Den Haag") for date in dates],
    )
    return add(trajectory, module)
