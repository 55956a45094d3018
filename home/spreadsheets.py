"""CSV exports that a spreadsheet cannot mistake for formulas (CSV injection)."""

from wagtail.contrib.forms.views import SubmissionsListView

# A cell starting with one of these is evaluated as a formula by Excel, LibreOffice and Google Sheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_csv_cell(value):
    """Text that would start a formula gets a leading single quote, as the XLSX export stores it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class NeutralisedCsvMixin:
    """For views with Wagtail's SpreadsheetExportMixin: every CSV cell neutralised after its usual formatting."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_csv_cell(value) if export_format == self.FORMAT_CSV else value


class SafeSubmissionsListView(NeutralisedCsvMixin, SubmissionsListView):
    """Form submissions (visitors' own text) exported to CSV without formulas."""
