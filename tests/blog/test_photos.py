"""Member photos are re-encoded on upload: no EXIF (GPS), the size shown, a random name; bad uploads store nothing."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

import pytest
from PIL import Image

from blog.models import MemberProfile
from blog.photos import PHOTO_SIZE

from .conftest import add_comment, make_member

GPS_IFD = 0x8825


@pytest.fixture(autouse=True)
def media(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def photo_with_gps(size=(3000, 2000), fmt="JPEG"):
    image = Image.new("RGB", size, "#154273")
    exif = Image.Exif()
    exif[0x010F] = "Camera BV"  # Make
    exif[0x0112] = 6  # orientation: rotated 90 degrees
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 5.0, 30.0), 3: "E", 4: (4.0, 18.0, 0.0)})
    buffer = io.BytesIO()
    image.save(buffer, fmt, exif=exif.tobytes())
    return buffer.getvalue()


def upload(client, content, name="vakantie-thuis-amersfoort.jpg", content_type="image/jpeg"):
    return client.post("/profiel/", {"display_name": "Nienke", "notify_replies": "on", "photo": SimpleUploadedFile(name, content, content_type=content_type)})


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_photo_is_stored_small_without_exif_under_a_random_name(post, media):
    user = make_member("nienke", profile=False)
    client = logged_in(user)
    assert upload(client, photo_with_gps()).status_code == 302
    profile = MemberProfile.objects.get(user=user)
    assert profile.photo.name.startswith("leden/") and "vakantie" not in profile.photo.name and profile.photo.name.endswith(".jpg")
    with Image.open(profile.photo.path) as stored:
        assert stored.size == (PHOTO_SIZE, PHOTO_SIZE) == (96, 96)  # 2x the 48 px shown, not the 3000 x 2000 uploaded
        assert stored.format == "JPEG"
        assert not stored.getexif()  # no GPS, camera or orientation tags
        assert "exif" not in stored.info and "icc_profile" not in stored.info
    add_comment(post, user, "Met foto")
    html = client.get(post.url).content.decode()
    assert f'src="/media/{profile.photo.name}" width="48" height="48"' in html
    assert "vakantie" not in html
    assert profile.photo.size < 10_000  # bytes: a thumbnail, not the 2 MB upload


def test_replacing_the_photo_removes_the_old_file(media):
    client = logged_in(make_member("nienke", profile=False))
    upload(client, photo_with_gps(size=(400, 400)))
    first = MemberProfile.objects.get().photo.path
    upload(client, photo_with_gps(size=(500, 300)))
    assert MemberProfile.objects.get().photo.path != first
    assert [p.name for p in (media / "leden").iterdir()] == [MemberProfile.objects.get().photo.name.split("/")[-1]]


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b"\xff\xd8" + b"x" * (5 * 1024 * 1024), "image/jpeg", "De foto is te groot: hoogstens 5 MB."),
        (photo_with_gps(size=(6001, 10), fmt="PNG"), "image/png", "De foto mag hoogstens 6000 bij 6000 pixels zijn."),
        (b"%PDF-1.4 geen foto", "image/jpeg", "Upload een geldige afbeelding."),
    ],
    ids=["too-large", "too-many-pixels", "not-an-image"],
)
def test_bad_photo_gets_a_dutch_error_and_nothing_is_stored(media, content, content_type, message):
    client = logged_in(make_member("nienke", profile=False))
    response = upload(client, content, content_type=content_type)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not MemberProfile.objects.exists()
    assert not (media / "leden").exists() or not any((media / "leden").iterdir())
