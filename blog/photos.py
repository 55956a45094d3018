"""Member photos are re-encoded on upload: never stored or served as uploaded.

The stored file is a new JPEG of PHOTO_SIZE x PHOTO_SIZE pixels (square, cropped to the centre, turned upright
by its EXIF orientation first): no EXIF (GPS position, camera, time), no other metadata, and a random file name,
so the original name is not exposed either. Comments show it at 48 px (32 px on phones): the stored 96 px is the 2x
rendition of that size (3x on phones), a few kB, with nothing larger kept.
"""

import secrets
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from PIL import Image, ImageOps, UnidentifiedImageError

PHOTO_SIZE = 96  # twice the 48 px at which comments show it
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_SIDE = 6000
FORMATS = {"JPEG", "PNG", "WEBP"}


def reencode_photo(uploaded):
    """A ContentFile with the re-encoded photo, or a Dutch ValidationError; nothing is stored either way."""
    if uploaded.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("De foto is te groot: hoogstens 5 MB."))
    uploaded.seek(0)
    try:
        with Image.open(uploaded) as image:
            if image.format not in FORMATS:
                raise ValidationError(_("Kies een foto in JPEG-, PNG- of WebP-formaat."))
            width, height = image.size  # from the header, before anything is decoded
            if width > MAX_SIDE or height > MAX_SIDE:
                raise ValidationError(_("De foto mag hoogstens %(max)d bij %(max)d pixels zijn.") % {"max": MAX_SIDE})
            image = ImageOps.exif_transpose(image)
            if image.mode != "RGB":
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, "white")
                image.paste(rgba, mask=rgba.getchannel("A"))
            image = ImageOps.fit(image, (PHOTO_SIZE, PHOTO_SIZE), Image.Resampling.LANCZOS)
            output = BytesIO()
            image.save(output, "JPEG", quality=85, optimize=True)  # no exif/icc arguments: no metadata
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("Dit bestand kunnen wij niet als foto lezen. Kies een JPEG-, PNG- of WebP-foto.")) from None
    finally:
        uploaded.seek(0)
    return ContentFile(output.getvalue(), name=f"{secrets.token_hex(16)}.jpg")
