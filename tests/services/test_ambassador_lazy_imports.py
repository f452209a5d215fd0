"""openpyxl and charset-normalizer load only when a file needs them, never at start-up."""

import subprocess
import sys


def test_start_up_does_not_load_the_import_libraries():
    code = (
        "import sys; import ghostdesk.cli; import ghostdesk.ui.mainwindow; "
        "import ghostdesk.ui.views.ambassadors_page; import ghostdesk.services.ambassador_import; "
        "heavy = [m for m in ('openpyxl', 'charset_normalizer') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode == 0, result.stdout + result.stderr
