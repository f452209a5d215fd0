"""The floor for start-up: a bare PySide6 main window, shown, first idle, then quit."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1180, 760)
window.show()
QTimer.singleShot(0, lambda: (print(f"idle {time.time():.6f}", flush=True), window.close()))
sys.exit(app.exec())
